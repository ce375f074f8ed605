/** The audience-growth calculator: the common calculator with its extra part. */
import KpiCalculator, { type Props } from './KpiCalculator';
import { KpiGrowth } from './KpiGrowth';

const parts = { Growth: KpiGrowth };

export default function KpiAudienceGrowth(props: Props) {
  return <KpiCalculator {...props} parts={parts} />;
}
