import { describe, expect, it } from 'vitest';
import { evaluateCompetitors, evaluateGrowthSeries, evaluatePosts, voiceShares } from '../../src/lib/kpi';

describe('engagement rate over several posts', () => {
  it('mean of per-post rates differs from the ratio of totals', () => {
    const e = evaluatePosts(
      [
        { engagements: '50', base: '100' },
        { engagements: '100', base: '10 000' },
      ],
      'fr',
    );
    expect(e.rows.map((r) => r.rate)).toEqual([50, 1]);
    expect(e.meanOfRates).toBe(25.5);
    expect(e.ratioOfTotals).toBeCloseTo((150 * 100) / 10100);
    expect(e.used).toBe(2);
  });
  it('ignores blank rows, refuses bad ones', () => {
    expect(
      evaluatePosts(
        [
          { engagements: '5', base: '100' },
          { engagements: '', base: '' },
        ],
        'en',
      ).meanOfRates,
    ).toBe(5);
    const bad = evaluatePosts(
      [
        { engagements: '5', base: '0' },
        { engagements: '1', base: '10' },
      ],
      'en',
    );
    expect(bad.rows[0]?.base).toEqual({ state: 'error', error: 'zero' });
    expect(bad.meanOfRates).toBeNull();
    expect(bad.ratioOfTotals).toBeNull();
    expect(evaluatePosts([{ engagements: '5', base: '' }], 'en').meanOfRates).toBeNull();
  });
});

describe('share of voice with named competitors', () => {
  it('adds up the rows', () => {
    const e = evaluateCompetitors(
      [
        { name: ' Rival ', mentions: '1 200' },
        { name: 'Autre', mentions: '300' },
      ],
      'fr',
    );
    expect(e.total).toBe(1500);
    expect(e.rows[0]?.name).toBe('Rival');
  });
  it('a bad row blocks the total', () => {
    expect(evaluateCompetitors([{ name: 'A', mentions: 'x' }], 'en').total).toBeNull();
    expect(evaluateCompetitors([{ name: 'A', mentions: '' }], 'en').total).toBeNull();
  });
  it('shares sum to 100', () => {
    const shares = voiceShares(30, [
      { name: 'A', mentions: 50 },
      { name: 'B', mentions: 20 },
    ]);
    expect(shares?.map((s) => s.share)).toEqual([30, 50, 20]);
    expect(voiceShares(0, [])).toBeNull();
  });
});

describe('audience growth over several periods', () => {
  it('growth of each period and overall', () => {
    const e = evaluateGrowthSeries(['1000', '1100', '990'], 'en');
    expect(e.points.map((p) => p.growth)).toEqual([null, 10, -10]);
    expect(e.overall).toBeCloseTo(-1);
  });
  it('a bad or zero point leaves gaps, never Infinity', () => {
    const e = evaluateGrowthSeries(['0', '100', 'x'], 'en');
    expect(e.points.map((p) => p.growth)).toEqual([null, null, null]);
    expect(e.overall).toBeNull();
  });
});
