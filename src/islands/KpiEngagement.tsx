/** The engagement-rate calculator: the common calculator with its extra part. */
import KpiCalculator, { type Props } from './KpiCalculator';
import { KpiPosts } from './KpiPosts';

const parts = { Posts: KpiPosts };

export default function KpiEngagement(props: Props) {
  return <KpiCalculator {...props} parts={parts} />;
}
