/** Cost per click: spend on clicks. */
import type { KpiDef } from '../metric';
import { count, i, money, nonZero, op } from './define';

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
