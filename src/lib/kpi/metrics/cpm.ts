/** Cost per thousand impressions: spend on impressions, times 1,000. */
import { c, count, i, money, nonZero, op, type KpiDef } from '../metric';

export default {
  id: 'cpm',
  family: 'cost',
  inputs: [money('cost'), count('impressions')],
  result: 'currency',
  formula: [i('cost'), op('÷'), i('impressions'), op('×'), c(1000)],
  rules: [nonZero('impressions')],
  meaning: {},
  smart: { goal: 'awareness', benchmark: 'smart.bench.cpm' },
} as const satisfies KpiDef<'cpm'>;
