/** Story completion rate: last-frame reach on first-frame reach. */
import type { KpiDef } from '../metric';
import { c, count, i, nonZero, op } from './define';

export default {
  id: 'story-completion',
  family: 'engagement',
  inputs: [count('first'), count('last')],
  result: 'percent',
  formula: [i('last'), op('÷'), i('first'), op('×'), c(100)],
  rules: [nonZero('first'), { when: { above: 'last', than: 'first' }, error: 'lastAboveFirst', on: 'last' }],
  meaning: { inputs: ['first', 'last'] },
  bounded: true,
  smart: { goal: 'awareness', benchmark: 'smart.bench.stories' },
} as const satisfies KpiDef<'story-completion'>;
