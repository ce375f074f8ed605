/** Cost per click: spend on clicks. */
import { count, i, money, nonZero, op, type KpiDef } from '../metric';

export default {
  id: 'cpc',
  family: 'cost',
  inputs: [money('cost'), count('clicks')],
  result: 'currency',
  formula: [i('cost'), op('÷'), i('clicks')],
  rules: [nonZero('clicks')],
  meaning: {},
  smart: { goal: 'traffic', benchmark: 'smart.bench.cpc' },
} as const satisfies KpiDef<'cpc'>;
