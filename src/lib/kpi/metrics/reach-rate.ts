/** Reach rate: reach on followers. It can exceed 100 % (non-followers are reached too), so it is not bounded. */
import type { KpiDef } from '../metric';
import { c, count, i, nonZero, op } from './define';

export default {
  id: 'reach-rate',
  family: 'awareness',
  inputs: [count('reach'), count('followers')],
  result: 'percent',
  formula: [i('reach'), op('÷'), i('followers'), op('×'), c(100)],
  rules: [nonZero('followers'), { when: { above: 'reach', than: 'followers' }, warning: 'reachAboveFollowers' }],
  meaning: { inputs: ['reach', 'followers'] },
  smart: { goal: 'awareness', benchmark: 'smart.bench.reach' },
} as const satisfies KpiDef<'reach-rate'>;
