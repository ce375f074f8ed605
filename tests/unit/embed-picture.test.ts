import { afterEach, describe, expect, it, vi } from 'vitest';
import { resultMessage } from '../../src/lib/embed/messages';
import {
  cleanText,
  layoutPicture,
  pictureFileName,
  PICTURE_HEIGHT,
  PICTURE_WIDTH,
  wrap,
  type PictureState,
} from '../../src/lib/embed/picture';

const state: PictureState = {
  title: 'Taux de clic (CTR)',
  inputs: [
    { label: 'Clics', value: '25' },
    { label: 'Impressions', value: '1 000' },
    { label: 'Vide', value: '  ' },
  ],
  results: [{ label: '', value: '2,5 %' }],
  footer: 'Médias sociaux, mode d’emploi · https://example.org/fr/tools/ctr/',
  strings: { inputs: 'Données', results: 'Résultat', noResult: 'Pas encore de résultat', colon: '\u00a0: ' },
};

describe('picture layout', () => {
  it('lays out one full-HD slide: title and formula on top, inputs left, result right, footer below', () => {
    const layout = layoutPicture({
      ...state,
      formula: ['CTR = clics ÷ impressions × 100', '25 ÷ 1 000 × 100 = 2,5 %'],
      notes: ['25 clics sur 1 000 affichages.'],
    });
    expect([layout.width, layout.height]).toEqual([1920, 1080]);
    expect(PICTURE_WIDTH / PICTURE_HEIGHT).toBeCloseTo(16 / 9);
    const texts = layout.items.filter((i) => i.size > 0);
    expect(texts.map((i) => i.text)).toEqual([
      'Taux de clic (CTR)',
      'CTR = clics ÷ impressions × 100',
      '25 ÷ 1 000 × 100 = 2,5 %',
      'Données',
      'Clics\u00a0: 25',
      'Impressions\u00a0: 1 000',
      'Résultat',
      '2,5 %',
      '25 clics sur 1 000 affichages.',
      'Médias sociaux, mode d’emploi · https://example.org/fr/tools/ctr/',
    ]);
    const at = (text: string) => texts.find((i) => i.text === text) ?? { x: -1, y: -1 };
    // Inputs on the left half, the result on the right half, side by side.
    expect(at('Clics\u00a0: 25').x).toBeLessThan(PICTURE_WIDTH / 2);
    expect(at('2,5 %').x).toBeGreaterThan(PICTURE_WIDTH / 2);
    expect(at('Résultat').y).toBe(at('Données').y);
    for (const item of layout.items) expect(item.y + (item.h ?? 0)).toBeLessThanOrEqual(PICTURE_HEIGHT);
    const box = layout.items.find((i) => i.size === 0);
    expect(box?.h).toBeGreaterThan(80);
  });

  it('puts many short results (the SMART criteria) in two columns, and shrinks type to fit', () => {
    const criteria = ['Spécifique', 'Mesurable', 'Atteignable', 'Pertinent', 'Temporel', 'Score'].map((label) => ({
      label,
      value: 'Partiellement rempli',
    }));
    const layout = layoutPicture({
      ...state,
      title: 'Objectif : '.repeat(12),
      inputs: [{ label: 'Objectif', value: 'Gagner 300 abonnés Instagram d’ici le 31 mars '.repeat(4) }],
      results: criteria,
    });
    const boxes = layout.items.filter((i) => i.size === 0);
    expect(boxes).toHaveLength(6);
    expect(new Set(boxes.map((b) => b.x)).size).toBe(2);
    expect(boxes[0]?.y).toBe(boxes[1]?.y);
    expect(boxes[0]?.h).toBe(boxes[1]?.h);
    for (const item of layout.items) expect(item.y + (item.h ?? 0)).toBeLessThanOrEqual(PICTURE_HEIGHT);
  });

  it('says so when there is no result, and uses the dark palette when asked', () => {
    const layout = layoutPicture({ ...state, inputs: [], results: [] }, 'dark');
    expect(layout.items.map((i) => i.text)).toContain('Pas encore de résultat');
    expect(layout.background).toBe('#15171a');
  });

  it('keeps long and hostile text in bounds', () => {
    const long = 'objectif '.repeat(80);
    const layout = layoutPicture({
      ...state,
      title: `${long}\u0000<script>`,
      results: [{ label: 'x', value: 'y'.repeat(500) }],
    });
    for (const item of layout.items.filter((i) => i.size > 0)) {
      expect((item.text ?? '').length * 0.55 * item.size).toBeLessThanOrEqual(PICTURE_WIDTH);
      expect(item.text).not.toContain('\u0000');
    }
    expect(cleanText('a\n\tb   c')).toBe('a b c');
    expect(cleanText('x'.repeat(300))).toHaveLength(240);
    expect(wrap('un deux trois', 7)).toEqual(['un deux', 'trois']);
    expect(wrap('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
    expect(wrap('', 4)).toEqual([]);
  });

  it('names files after the tool and the day', () => {
    expect(pictureFileName('ctr', 'png', new Date('2025-03-31T10:00:00Z'))).toBe('ctr-2025-03-31.png');
    expect(pictureFileName('../x', 'svg', new Date('2025-03-31T10:00:00Z'))).toBe('x-2025-03-31.svg');
  });
});

describe('the day in the picture’s file name', () => {
  const zone = process.env['TZ'];
  afterEach(() => {
    vi.useRealTimers();
    if (zone === undefined) delete process.env['TZ'];
    else process.env['TZ'] = zone;
  });

  it('is the visitor’s own day: twenty past midnight in Paris is already the new day', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    // 23:20 UTC on 30 November: 00:20 on 1 December in Paris, 15:20 on 30 November in Los Angeles.
    vi.setSystemTime(new Date('2026-11-30T23:20:00Z'));
    process.env['TZ'] = 'Europe/Paris';
    expect(new Date().getTimezoneOffset()).toBe(-60);
    expect(pictureFileName('engagement-rate', 'png')).toBe('engagement-rate-2026-12-01.png');
    process.env['TZ'] = 'America/Los_Angeles';
    expect(pictureFileName('ctr', 'svg')).toBe('ctr-2026-11-30.svg');
  });
});

describe('result message of an embed', () => {
  it('carries only the contract’s fields', () => {
    expect(resultMessage({ tool: 'ctr', value: 2.5, inputs: { clicks: '25' }, secret: 'x' })).toEqual({
      type: 'smm:result',
      tool: 'ctr',
      value: 2.5,
      inputs: { clicks: '25' },
    });
    expect(resultMessage({ tool: 'ctr', value: Number.NaN, inputs: { clicks: 25 } })).toEqual({
      type: 'smm:result',
      tool: 'ctr',
      value: null,
      inputs: {},
    });
    expect(resultMessage(null)).toBeNull();
    expect(resultMessage({ value: 1 })).toBeNull();
  });
});

describe('the audit’s smm:result message', () => {
  it('carries the overall and per-dimension scores, never the answers', () => {
    const detail = {
      tool: 'audit',
      value: 42,
      inputs: { r: '1.dt75ue.ypnuypnuypnuypnuypnuypnuypn', 'accounts-listed': 'yes' },
      scores: { 'inventory-security': 67, profiles: 0, 'bad id!': 5, community: 250, trends: 'yes' },
      answers: { 'accounts-listed': 'yes' },
    };
    const message = resultMessage(detail);
    expect(message).toEqual({
      type: 'smm:result',
      tool: 'audit',
      value: 42,
      inputs: {},
      scores: { 'inventory-security': 67, profiles: 0 },
    });
    expect(JSON.stringify(message)).not.toMatch(/yes|ypnu/);
  });
});
