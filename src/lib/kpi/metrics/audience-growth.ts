/** Audience growth rate: the change of followers over a period, on the audience at its start. */
import type { KpiDef } from '../metric';
import { c, count, i, nonZero, op, sample } from './define';

export default {
  id: 'audience-growth',
  family: 'awareness',
  inputs: [count('start'), count('end')],
  result: 'percent',
  formula: [op('('), i('end'), op('−'), i('start'), op(')'), op('÷'), i('start'), op('×'), c(100)],
  rules: [nonZero('start'), sample('start')],
  meaning: { inputs: ['start', 'end'] },
  smart: { goal: 'awareness', vanity: true, benchmark: 'smart.bench.growth' },
} as const satisfies KpiDef<'audience-growth'>;
