/** Amplification rate (per-follower variant): shares on followers. */
import type { KpiDef } from '../metric';
import { c, count, i, nonZero, op } from './define';

export default {
  id: 'amplification-rate',
  family: 'engagement',
  inputs: [count('shares'), count('followers')],
  result: 'percent',
  formula: [i('shares'), op('÷'), i('followers'), op('×'), c(100)],
  rules: [nonZero('followers')],
  meaning: { vars: { per100: { per100: true } } },
  smart: { goal: 'awareness' },
} as const satisfies KpiDef<'amplification-rate'>;
