/**
 * How the guide is laid out for readers: its parts (foundations, measurement, practice), the
 * previous/next links across them, and the audience paths, which must never link to a chapter
 * the guide does not hold and must not forget a practice chapter that it does hold.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chaptersOf, neighbours, partsOf } from '../../src/lib/content/guide';
import { audiencePaths, audiences, resolvePath } from '../../src/lib/content/paths';

const slugs = [
  'what-are-social-media',
  'types-of-social-media',
  'managing-social-media',
  'why-use-social-media',
  'building-a-strategy',
  'smart-objectives',
  'awareness-engagement-kpis',
  'conversion-cost-kpis',
  'knowing-your-audience',
  'competitors-and-social-listening',
  'auditing-your-presence',
  'following-trends',
  'content-strategy',
  'choosing-platforms',
  'paid-social',
  'measuring-in-practice',
  'community-and-crises',
  'influencer-marketing',
  'accessible-posts',
  'ai-in-social-media',
];
const ids = (lang: string, numbers: number[]) =>
  numbers.map((n) => ({ id: `${lang}/${String(n).padStart(2, '0')}-${slugs[n - 1] ?? 'x'}` }));
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('the guide in parts', () => {
  it('puts chapters 1–6, 7–12 and 13–20 in foundations, measurement and practice, numbered as files', () => {
    const parts = partsOf(chaptersOf(ids('fr', range(1, 20)), 'fr'));
    expect(parts.map((p) => p.id)).toEqual(['foundations', 'measurement', 'practice']);
    expect(parts.map((p) => p.chapters.map((c) => c.order))).toEqual([range(1, 6), range(7, 12), range(13, 20)]);
    expect(parts[2]?.chapters[0]?.slug).toBe('content-strategy');
  });

  it('keeps working when practice chapters are missing, and leaves out a part with none', () => {
    const some = partsOf(chaptersOf(ids('en', [...range(1, 12), 14, 16]), 'en'));
    expect(some.map((p) => [p.id, p.chapters.map((c) => c.slug)])).toEqual([
      ['foundations', slugs.slice(0, 6)],
      ['measurement', slugs.slice(6, 12)],
      ['practice', ['choosing-platforms', 'measuring-in-practice']],
    ]);
    expect(partsOf(chaptersOf(ids('fr', range(1, 12)), 'fr')).map((p) => p.id)).toEqual(['foundations', 'measurement']);
  });

  it('reads in file order whatever order the collection gives, one locale at a time', () => {
    const shuffled = [...ids('fr', [15, 2, 13, 1]), ...ids('en', [14])];
    const parts = partsOf(chaptersOf(shuffled, 'fr'));
    expect(parts.flatMap((p) => p.chapters.map((c) => c.order))).toEqual([1, 2, 13, 15]);
  });

  it('links the last measurement chapter to the first practice chapter and back', () => {
    const chapters = chaptersOf(ids('fr', range(1, 20)), 'fr');
    expect(neighbours(chapters, 'following-trends').next?.slug).toBe('content-strategy');
    expect(neighbours(chapters, 'content-strategy').prev?.slug).toBe('following-trends');
    expect(neighbours(chapters, 'ai-in-social-media').next).toBeUndefined();
  });
});

describe('audience paths', () => {
  it('drop a chapter the guide does not hold, keep the page steps and the order', () => {
    const held = new Set(['smart-objectives', 'measuring-in-practice']);
    expect(resolvePath(audiencePaths.trainer, held)).toEqual([
      { page: 'trainers' },
      { chapter: 'smart-objectives' },
      { chapter: 'measuring-in-practice' },
    ]);
    expect(resolvePath(audiencePaths.business, new Set())).toEqual([{ page: 'tools' }]);
  });

  it('between them, lead to all eight practice chapters', () => {
    const named = new Set(
      audiences.flatMap((a) => audiencePaths[a].flatMap((s) => ('chapter' in s ? [s.chapter] : []))),
    );
    for (const slug of slugs.slice(12)) expect(named, slug).toContain(slug);
  });

  it('name every practice chapter the guide holds, so a new one is not left out', () => {
    const onDisk = readdirSync('content/guide/fr')
      .filter((f) => /^\d\d-.*\.mdx$/.test(f) && Number(f.slice(0, 2)) >= 13)
      .map((f) => f.replace(/^\d\d-|\.mdx$/g, ''));
    expect(onDisk.length).toBeGreaterThanOrEqual(4);
    const named = new Set(
      audiences.flatMap((a) => audiencePaths[a].flatMap((s) => ('chapter' in s ? [s.chapter] : []))),
    );
    for (const slug of onDisk) expect(named, slug).toContain(slug);
  });
});
