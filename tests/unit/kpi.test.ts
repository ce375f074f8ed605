import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildQuery,
  evaluateKpi,
  families,
  formulaFor,
  kpiIds,
  kpis,
  kpisOfFamily,
  mainValue,
  readParams,
  type KpiId,
  type Param,
} from '../../src/lib/kpi';

type Texts = Partial<Record<Param, string>>;
const value = (id: KpiId, texts: Texts, locale: 'fr' | 'en' = 'en', currency = 'EUR') =>
  mainValue(evaluateKpi(id, texts, locale, currency));
const fieldError = (id: KpiId, texts: Texts, param: Param, locale: 'fr' | 'en' = 'en') => {
  const field = evaluateKpi(id, texts, locale).fields[param];
  return field?.state === 'error' ? field.error : null;
};

describe('the twelve definitions', () => {
  it('lists the twelve docs/CONTRACT.md ids, each in a family', () => {
    expect(kpiIds).toHaveLength(12);
    expect(families.flatMap((f) => kpisOfFamily(f).map((k) => k.id)).sort()).toEqual([...kpiIds].sort());
  });
  it('uses the docs/CONTRACT.md param names', () => {
    const params = Object.fromEntries(kpiIds.map((id) => [id, kpis[id].inputs.map((i) => i.param)]));
    expect(params).toEqual({
      'audience-growth': ['start', 'end'],
      'reach-rate': ['reach', 'followers'],
      'engagement-rate': ['engagements', 'reach', 'followers', 'impressions'],
      'share-of-voice': ['brand', 'competitors'],
      ctr: ['clicks', 'impressions'],
      cpc: ['cost', 'clicks'],
      cpm: ['cost', 'impressions'],
      'conversion-rate': ['conversions', 'clicks'],
      cpa: ['cost', 'conversions'],
      roi: ['revenue', 'cost'],
      'story-completion': ['first', 'last'],
      'amplification-rate': ['shares', 'followers'],
    });
  });
  it('every formula only names inputs of its KPI', () => {
    for (const id of kpiIds) {
      const params = kpis[id].inputs.map((i) => i.param);
      for (const token of formulaFor(id)) {
        if (token.kind === 'input') expect(params).toContain(token.param);
      }
    }
  });
});

describe('values', () => {
  it('audience growth', () => {
    expect(value('audience-growth', { start: '1000', end: '1250' })).toBe(25);
    expect(value('audience-growth', { start: '1000', end: '800' })).toBe(-20);
  });
  it('reach rate (may exceed 100 %)', () => {
    expect(value('reach-rate', { reach: '220', followers: '10000' })).toBeCloseTo(2.2);
    expect(value('reach-rate', { reach: '15000', followers: '10000' })).toBe(150);
  });
  it('share of voice', () => {
    expect(value('share-of-voice', { brand: '30', competitors: '90' })).toBe(25);
    expect(value('share-of-voice', { brand: '0', competitors: '90' })).toBe(0);
  });
  it('CTR', () => expect(value('ctr', { clicks: '25', impressions: '1000' })).toBe(2.5));
  it('CPC', () => expect(value('cpc', { cost: '70', clicks: '100' })).toBe(0.7));
  it('CPM', () => expect(value('cpm', { cost: '9.56', impressions: '1000' })).toBeCloseTo(9.56));
  it('conversion rate', () => expect(value('conversion-rate', { conversions: '5', clicks: '200' })).toBe(2.5));
  it('CPA', () => expect(value('cpa', { cost: '500', conversions: '20' })).toBe(25));
  it('ROI', () => {
    expect(value('roi', { revenue: '1500', cost: '1000' })).toBe(50);
    expect(value('roi', { revenue: '0', cost: '1000' })).toBe(-100);
  });
  it('story completion', () => expect(value('story-completion', { first: '200', last: '174' })).toBe(87));
  it('amplification rate', () => expect(value('amplification-rate', { shares: '12', followers: '4000' })).toBe(0.3));
  it('engagement rate: one output per base given', () => {
    const e = evaluateKpi(
      'engagement-rate',
      { engagements: '50', reach: '1000', followers: '10000', impressions: '2000' },
      'en',
    );
    expect(e.outputs).toEqual([
      { basis: 'reach', value: 5 },
      { basis: 'followers', value: 0.5 },
      { basis: 'impressions', value: 2.5 },
    ]);
    const onlyFollowers = evaluateKpi('engagement-rate', { engagements: '50', followers: '1000' }, 'en');
    expect(onlyFollowers.outputs).toEqual([{ basis: 'followers', value: 5 }]);
  });
  it('takes currency symbols and French numbers', () => {
    expect(value('cpc', { cost: '1 234,50 €', clicks: '1 000' }, 'fr')).toBeCloseTo(1.2345);
    expect(value('cpc', { cost: '$3.20', clicks: '2' }, 'en', 'USD')).toBe(1.6);
  });
  it('handles very large numbers without losing them', () => {
    expect(value('ctr', { clicks: '1000000000000', impressions: '1000000000000000' })).toBe(0.1);
    expect(value('cpm', { cost: '1000000000000', impressions: '1' })).toBe(1e15);
  });
});

describe('bad input', () => {
  it('empty: a hint, no error and no value', () => {
    const e = evaluateKpi('ctr', { clicks: '25' }, 'en');
    expect(e.incomplete).toBe(true);
    expect(e.outputs).toEqual([{ value: null }]);
    expect(e.fields.impressions).toEqual({ state: 'empty' });
    expect(e.fields.clicks).toEqual({ state: 'ok', value: 25 });
  });
  it('not a number', () => {
    expect(fieldError('ctr', { clicks: 'abc', impressions: '10' }, 'clicks')).toBe('notNumber');
    expect(value('ctr', { clicks: 'abc', impressions: '10' })).toBeNull();
  });
  it('ambiguous figure', () =>
    expect(fieldError('ctr', { clicks: '1.500', impressions: '10' }, 'clicks', 'fr')).toBe('ambiguous'));
  it('percent sign on a count', () =>
    expect(fieldError('ctr', { clicks: '5 %', impressions: '10' }, 'clicks', 'fr')).toBe('wrongUnit'));
  it('negative count and negative money', () => {
    expect(fieldError('ctr', { clicks: '-5', impressions: '10' }, 'clicks')).toBe('negative');
    expect(fieldError('cpc', { cost: '-5', clicks: '10' }, 'cost')).toBe('negative');
  });
  it('fractional count', () =>
    expect(fieldError('ctr', { clicks: '2.5', impressions: '10' }, 'clicks')).toBe('notWhole'));
  it('money may have cents', () => expect(value('cpc', { cost: '2.5', clicks: '10' })).toBe(0.25));
  it('absurdly large', () =>
    expect(fieldError('ctr', { clicks: '1', impressions: '1'.padEnd(20, '0') }, 'impressions')).toBe('tooLarge'));
  const zeroCases: [KpiId, Texts, Param][] = [
    ['audience-growth', { start: '0', end: '10' }, 'start'],
    ['reach-rate', { reach: '10', followers: '0' }, 'followers'],
    ['ctr', { clicks: '0', impressions: '0' }, 'impressions'],
    ['cpc', { cost: '10', clicks: '0' }, 'clicks'],
    ['cpm', { cost: '10', impressions: '0' }, 'impressions'],
    ['conversion-rate', { conversions: '0', clicks: '0' }, 'clicks'],
    ['cpa', { cost: '10', conversions: '0' }, 'conversions'],
    ['roi', { revenue: '10', cost: '0' }, 'cost'],
    ['story-completion', { first: '0', last: '0' }, 'first'],
    ['amplification-rate', { shares: '1', followers: '0' }, 'followers'],
  ];
  for (const [id, texts, param] of zeroCases) {
    it(`${id}: zero denominator at ${param}`, () => {
      expect(fieldError(id, texts, param)).toBe('zero');
      expect(value(id, texts)).toBeNull();
    });
  }
  it('share of voice with no mentions at all', () => {
    expect(fieldError('share-of-voice', { brand: '0', competitors: '0' }, 'brand')).toBe('noMentions');
  });
  it('clicks above impressions', () => {
    expect(fieldError('ctr', { clicks: '11', impressions: '10' }, 'clicks')).toBe('clicksAboveImpressions');
    expect(value('ctr', { clicks: '11', impressions: '10' })).toBeNull();
  });
  it('more views on the last frame than on the first', () => {
    expect(fieldError('story-completion', { first: '10', last: '11' }, 'last')).toBe('lastAboveFirst');
    expect(value('story-completion', { first: '10', last: '11' })).toBeNull();
  });
  it('reach above impressions blanks both, keeps followers', () => {
    const e = evaluateKpi(
      'engagement-rate',
      { engagements: '5', reach: '200', followers: '100', impressions: '100' },
      'en',
    );
    expect(e.fields.reach).toEqual({ state: 'error', error: 'reachAboveImpressions' });
    expect(e.outputs).toEqual([
      { basis: 'reach', value: null },
      { basis: 'followers', value: 5 },
      { basis: 'impressions', value: null },
    ]);
  });
  it('engagement rate: a bad base does not hide the others', () => {
    const e = evaluateKpi('engagement-rate', { engagements: '5', reach: 'x', followers: '100' }, 'en');
    expect(e.outputs).toEqual([
      { basis: 'reach', value: null },
      { basis: 'followers', value: 5 },
    ]);
    const z = evaluateKpi('engagement-rate', { engagements: '5', reach: '0', followers: '100' }, 'en');
    expect(z.fields.reach).toEqual({ state: 'error', error: 'zero' });
    expect(z.outputs[1]).toEqual({ basis: 'followers', value: 5 });
  });
  it('engagement rate without any base is incomplete', () => {
    const e = evaluateKpi('engagement-rate', { engagements: '5' }, 'en');
    expect(e.incomplete).toBe(true);
    expect(e.outputs).toEqual([{ value: null }]);
  });
  it('warnings do not block the value', () => {
    const e = evaluateKpi('conversion-rate', { conversions: '30', clicks: '20' }, 'en');
    expect(e.warnings).toContain('conversionsAboveClicks');
    expect(mainValue(e)).toBe(150);
    expect(evaluateKpi('ctr', { clicks: '1', impressions: '50' }, 'en').warnings).toContain('smallSample');
  });
  it('never returns NaN or Infinity', () => {
    const texts = fc.constantFrom('', '0', '1', '-1', 'abc', '1e308', '999999999999999', '0.5', '1,5');
    for (const id of kpiIds) {
      fc.assert(
        fc.property(fc.array(texts, { minLength: 4, maxLength: 4 }), (values) => {
          const params = kpis[id].inputs.map((i) => i.param);
          const t = Object.fromEntries(params.map((p, n) => [p, values[n] ?? ''])) as Texts;
          for (const locale of ['fr', 'en'] as const) {
            for (const o of evaluateKpi(id, t, locale).outputs) {
              if (o.value !== null && !Number.isFinite(o.value)) return false;
            }
          }
          return true;
        }),
      );
    }
  });
});

describe('properties of the rates', () => {
  const counts = fc.integer({ min: 0, max: 1e12 });
  it('CTR, conversion under clicks, story completion stay within 0..100', () => {
    fc.assert(
      fc.property(counts, counts, (a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        if (high === 0) return true;
        const ctr = value('ctr', { clicks: String(low), impressions: String(high) });
        const story = value('story-completion', { last: String(low), first: String(high) });
        const sov = value('share-of-voice', { brand: String(a), competitors: String(b) });
        return (
          [ctr, story].every((v) => v !== null && v >= 0 && v <= 100) &&
          (a + b === 0 || (sov !== null && sov >= 0 && sov <= 100))
        );
      }),
    );
  });
  it('ROI and audience growth never fall below -100 %', () => {
    fc.assert(
      fc.property(counts, fc.integer({ min: 1, max: 1e12 }), (a, b) => {
        const roi = value('roi', { revenue: String(a), cost: String(b) });
        const growth = value('audience-growth', { end: String(a), start: String(b) });
        return roi !== null && roi >= -100 && growth !== null && growth >= -100;
      }),
    );
  });
  const monotonic: [KpiId, Param, Param][] = [
    ['ctr', 'clicks', 'impressions'],
    ['reach-rate', 'reach', 'followers'],
    ['amplification-rate', 'shares', 'followers'],
    ['conversion-rate', 'conversions', 'clicks'],
    ['story-completion', 'last', 'first'],
    ['share-of-voice', 'brand', 'competitors'],
    ['engagement-rate', 'engagements', 'followers'],
    ['cpc', 'cost', 'clicks'],
    ['cpa', 'cost', 'conversions'],
    ['cpm', 'cost', 'impressions'],
    ['roi', 'revenue', 'cost'],
    ['audience-growth', 'end', 'start'],
  ];
  for (const [id, num, den] of monotonic) {
    it(`${id} grows with ${num}`, () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 0, max: 1e9 }),
          fc.integer({ min: 1, max: 1e9 }),
          fc.integer({ min: 1, max: 1e9 }),
          (n, step, d) => {
            const base = { [den]: String(d + n + step) };
            const v1 = value(id, { ...base, [num]: String(n) });
            const v2 = value(id, { ...base, [num]: String(n + step) });
            return v1 !== null && v2 !== null && v2 > v1;
          },
        ),
      );
    });
  }
});

describe('URL params', () => {
  it('turns params into locale text, so they go through the same checks', () => {
    expect(readParams('ctr', '?clicks=25&impressions=1200.5', 'fr').texts).toEqual({
      clicks: '25',
      impressions: '1\u202f200,5',
    });
    expect(readParams('ctr', '?clicks=abc', 'en').texts).toEqual({ clicks: 'abc' });
    const e = evaluateKpi('ctr', readParams('ctr', '?clicks=2.5&impressions=10', 'fr').texts, 'fr');
    expect(e.fields.clicks).toEqual({ state: 'error', error: 'notWhole' });
  });
  it('reads currency, EUR by default, refuses junk', () => {
    expect(readParams('cpc', '', 'fr')).toMatchObject({ currency: 'EUR', badCurrency: false });
    expect(readParams('cpc', '?currency=usd', 'fr')).toMatchObject({ currency: 'USD', badCurrency: false });
    expect(readParams('cpc', '?currency=<b>', 'fr')).toMatchObject({ currency: 'EUR', badCurrency: true });
  });
  it('builds a link that restores the values', () => {
    const texts = { cost: '1 234,5 €', clicks: '1 000' };
    const query = buildQuery('cpc', texts, 'fr', 'EUR', '?size=large&evil=1');
    expect(query).toBe('cost=1234.5&clicks=1000&currency=EUR&size=large');
    const back = readParams('cpc', query, 'en');
    expect(value('cpc', back.texts, 'en')).toBe(1.2345);
  });
  it('round-trips through a link in both locales', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), fc.integer({ min: 1, max: 1e12 }), (a, b) => {
        const fr = readParams('ctr', `?clicks=${a}&impressions=${b}`, 'fr');
        const query = buildQuery('ctr', fr.texts, 'fr', 'EUR');
        const en = readParams('ctr', query, 'en');
        return en.texts.clicks !== undefined && buildQuery('ctr', en.texts, 'en', 'EUR') === query;
      }),
    );
  });
});
