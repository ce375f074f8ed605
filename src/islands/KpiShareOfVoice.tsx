/** The share-of-voice calculator: the common calculator with its extra part. */
import KpiCalculator, { type Props } from './KpiCalculator';
import { evaluateCompetitors } from '../lib/kpi/competitors';
import { KpiCompetitors } from './KpiCompetitors';

const parts = { Competitors: KpiCompetitors, evaluateCompetitors };

export default function KpiShareOfVoice(props: Props) {
  return <KpiCalculator {...props} parts={parts} />;
}
