/** Share of voice: the brand's mentions on all mentions (the brand's and its competitors'). */
import type { KpiDef } from '../metric';
import { c, count, i, op } from './define';

export default {
  id: 'share-of-voice',
  family: 'awareness',
  inputs: [count('brand'), count('competitors')],
  result: 'percent',
  formula: [i('brand'), op('÷'), op('('), i('brand'), op('+'), i('competitors'), op(')'), op('×'), c(100)],
  rules: [{ when: { zero: ['brand', 'competitors'] }, error: 'noMentions', on: 'brand' }],
  meaning: {
    inputs: ['brand'],
    vars: { total: { formula: [i('brand'), op('+'), i('competitors')], unit: 'count' } },
  },
  bounded: true,
  smart: { goal: 'reputation' },
} as const satisfies KpiDef<'share-of-voice'>;
