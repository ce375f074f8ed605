/** Click-through rate: clicks on impressions. */
import type { KpiDef } from '../metric';
import { c, count, i, nonZero, op, sample } from './define';

export default {
  id: 'ctr',
  family: 'conversion',
  inputs: [count('clicks'), count('impressions')],
  result: 'percent',
  formula: [i('clicks'), op('÷'), i('impressions'), op('×'), c(100)],
  rules: [
    nonZero('impressions'),
    { when: { above: 'clicks', than: 'impressions' }, error: 'clicksAboveImpressions', on: 'clicks' },
    sample('impressions'),
  ],
  meaning: { inputs: ['clicks', 'impressions'] },
  bounded: true,
  smart: { goal: 'traffic', benchmark: 'smart.bench.ctr' },
} as const satisfies KpiDef<'ctr'>;
