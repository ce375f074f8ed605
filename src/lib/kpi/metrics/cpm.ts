/** Cost per thousand impressions: spend on impressions, times 1,000. */
import type { KpiDef } from '../metric';
import { c, count, i, money, nonZero, op } from './define';

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
