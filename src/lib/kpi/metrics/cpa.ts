/** Cost per acquisition: spend on conversions. */
import type { KpiDef } from '../metric';
import { count, i, money, nonZero, op } from './define';

export default {
  id: 'cpa',
  family: 'cost',
  inputs: [money('cost'), count('conversions')],
  result: 'currency',
  formula: [i('cost'), op('÷'), i('conversions')],
  rules: [nonZero('conversions')],
  meaning: {},
  smart: { goal: 'leads', business: true, benchmark: 'smart.bench.cpa' },
} as const satisfies KpiDef<'cpa'>;
