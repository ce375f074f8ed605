/**
 * Engagement rate, by reach, by followers and by impressions side by side: one output per basis
 * typed. The formula's `reach` stands for each basis in turn.
 */
import type { KpiDef } from '../metric';
import { c, count, i, nonZero, op } from './define';

export default {
  id: 'engagement-rate',
  family: 'engagement',
  inputs: [count('engagements'), count('reach', true), count('followers', true), count('impressions', true)],
  result: 'percent',
  formula: [i('engagements'), op('÷'), i('reach'), op('×'), c(100)],
  perBasis: true,
  rules: [
    // Reach (unique accounts) above impressions (displays) is impossible: both rates are blanked.
    {
      when: { above: 'reach', than: 'impressions' },
      error: 'reachAboveImpressions',
      on: 'reach',
      blanks: ['reach', 'impressions'],
    },
    nonZero('base'),
    { when: { above: 'engagements', than: 'base' }, warning: 'engagementsAboveBase' },
  ],
  meaning: { vars: { per100: { per100: true } } },
  bounded: true,
  smart: { goal: 'loyalty', benchmark: 'smart.bench.engagement' },
} as const satisfies KpiDef<'engagement-rate'>;
