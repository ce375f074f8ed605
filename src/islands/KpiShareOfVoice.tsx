/** The share-of-voice calculator: the common calculator with its extra part. */
import KpiCalculator, { type Props } from './KpiCalculator';
import { KpiCompetitors } from './KpiCompetitors';

const parts = { Competitors: KpiCompetitors };

export default function KpiShareOfVoice(props: Props) {
  return <KpiCalculator {...props} parts={parts} />;
}
