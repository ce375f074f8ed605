/** Conversion rate: conversions on clicks. */
import type { KpiDef } from '../metric';
import { c, count, i, nonZero, op, sample } from './define';

export default {
  id: 'conversion-rate',
  family: 'conversion',
  inputs: [count('conversions'), count('clicks')],
  result: 'percent',
  formula: [i('conversions'), op('÷'), i('clicks'), op('×'), c(100)],
  rules: [
    nonZero('clicks'),
    { when: { above: 'conversions', than: 'clicks' }, warning: 'conversionsAboveClicks' },
    sample('clicks'),
  ],
  meaning: { inputs: ['conversions', 'clicks'] },
  bounded: true,
  smart: { goal: 'sales', business: true },
} as const satisfies KpiDef<'conversion-rate'>;
