import { describe, expect, it } from 'vitest';
import { resultMessage } from '../../src/lib/embed/params';
import {
  cleanText,
  layoutPicture,
  pictureFileName,
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
  it('lays out the title, the filled inputs, the result and the footer, top to bottom', () => {
    const layout = layoutPicture(state);
    const texts = layout.items.filter((i) => i.size > 0).map((i) => i.text);
    expect(texts).toEqual([
      'Taux de clic (CTR)',
      'Données',
      'Clics\u00a0: 25',
      'Impressions\u00a0: 1 000',
      'Résultat',
      '2,5 %',
      'Médias sociaux, mode d’emploi · https://example.org/fr/tools/ctr/',
    ]);
    const ys = layout.items.filter((i) => i.size > 0).map((i) => i.y);
    expect([...ys].sort((a, b) => a - b)).toEqual(ys);
    expect(Math.max(...ys)).toBeLessThan(layout.height);
    expect(layout.width).toBe(PICTURE_WIDTH);
    expect(layout.height).toBeGreaterThanOrEqual((PICTURE_WIDTH * 9) / 16);
    const box = layout.items.find((i) => i.size === 0);
    expect(box?.h).toBeGreaterThan(52);
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
