/** The share-of-voice calculator: the common calculator with its extra part. */
import KpiCalculator, { type Props } from './KpiCalculator';
import { KpiCompetitors, useCompetitorsSum } from './KpiCompetitors';

const parts = { Competitors: KpiCompetitors, useCompetitorsSum };

export default function KpiShareOfVoice(props: Props) {
  return <KpiCalculator {...props} parts={parts} />;
}
