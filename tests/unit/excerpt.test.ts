import { describe, expect, it } from 'vitest';
import { excerptSegments } from '../../src/lib/search/excerpt';

describe('search excerpts', () => {
  it('keeps marked words apart and decodes entities', () => {
    expect(excerptSegments('Le <mark>taux</mark> d&#39;engagement &amp; la portée')).toEqual([
      { text: 'Le ', mark: false },
      { text: 'taux', mark: true },
      { text: " d'engagement & la portée", mark: false },
    ]);
  });

  it('drops any other tag, so nothing from the index can become markup', () => {
    const segs = excerptSegments('<img src=x onerror=alert(1)>a <mark><b>b</b></mark>');
    expect(segs).toEqual([
      { text: 'a ', mark: false },
      { text: 'b', mark: true },
    ]);
  });
});
