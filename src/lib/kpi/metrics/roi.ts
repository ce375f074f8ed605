/** Return on investment: (gross margin attributed − spend) on spend. */
import type { KpiDef } from '../metric';
import { c, i, money, nonZero, op } from './define';

export default {
  id: 'roi',
  family: 'cost',
  inputs: [money('revenue'), money('cost')],
  result: 'percent',
  formula: [op('('), i('revenue'), op('−'), i('cost'), op(')'), op('÷'), i('cost'), op('×'), c(100)],
  rules: [nonZero('cost')],
  meaning: {
    inputs: ['cost'],
    vars: { net: { formula: [i('revenue'), op('−'), i('cost')], unit: 'currency', abs: true } },
    bySign: 'net',
  },
  smart: { goal: 'sales', business: true, benchmark: 'smart.bench.roas' },
} as const satisfies KpiDef<'roi'>;
