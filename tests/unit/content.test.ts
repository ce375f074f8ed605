/**
 * The content as authors wrote it: both locales hold the same chapters, tools and glossary ids;
 * every chapter has the parts a learner relies on; French follows French typography.
 */
import { load } from 'js-yaml';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { wordCount } from '../../src/lib/content/text';
import { GlossaryEntry } from '../../src/schemas/glossary';
import { GuideChapter } from '../../src/schemas/guide';
import { ToolPage } from '../../src/schemas/tools';
import { frenchTypographyIssues } from '../../src/lib/typography';

const read = (path: string) => readFileSync(path, 'utf8');
const mdxFiles = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort();

function frontMatter(text: string): unknown {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!m) throw new Error('no front matter');
  return load(m[1] ?? '');
}

const chapterFiles = { fr: mdxFiles('content/guide/fr'), en: mdxFiles('content/guide/en') };
const glossary = (load(read('content/glossary.yaml')) as unknown[]).map((e) => GlossaryEntry.parse(e));
const glossaryIds = new Set(glossary.map((e) => e.id));
const chapterSlugs = new Set(chapterFiles.fr.map((f) => f.replace(/^\d\d-|\.mdx$/g, '')));

describe('guide chapters', () => {
  it('exist under the same file names in both locales, numbered in order', () => {
    expect(chapterFiles.fr.length).toBeGreaterThanOrEqual(12);
    expect(chapterFiles.en).toEqual(chapterFiles.fr);
    chapterFiles.fr.forEach((f, i) => expect(f.slice(0, 2)).toBe(String(i + 1).padStart(2, '0')));
  });

  for (const lang of ['fr', 'en'] as const) {
    for (const file of chapterFiles[lang]) {
      describe(`${lang}/${file}`, () => {
        const text = read(`content/guide/${lang}/${file}`);
        const data = GuideChapter.parse(frontMatter(text));

        it('has 700 to 1,800 words', () => {
          const words = wordCount(text);
          expect(words).toBeGreaterThanOrEqual(700);
          expect(words).toBeLessThanOrEqual(1800);
        });

        it('ends with a self-check of 2 to 4 questions answered in <details>', () => {
          const details = text.match(/<details>/g)?.length ?? 0;
          expect(details).toBeGreaterThanOrEqual(2);
          expect(details).toBeLessThanOrEqual(4);
          expect(text).toMatch(lang === 'fr' ? /## Testez-vous/ : /## Check yourself/);
        });

        it('has at least one figure: a table or an accessible SVG', () => {
          const table = /^\|.*\|\s*\n\|\s*:?-{3,}/m.test(text) || text.includes('<table');
          const svg = /<svg[^>]*role="img"/.test(text);
          expect(table || svg).toBe(true);
          if (text.includes('<svg')) expect(text).toMatch(/<svg[^>]*(aria-labelledby|aria-label)=/);
        });

        it('links to glossary terms that exist, in its own locale', () => {
          const links = [...text.matchAll(/\]\(\/(fr|en)\/glossary\/#([a-z0-9-]+)\)/g)];
          expect(links.length).toBeGreaterThan(0);
          for (const [, l, id] of links) {
            expect(l).toBe(lang);
            expect(glossaryIds.has(id ?? ''), `unknown glossary id ${id}`).toBe(true);
          }
          for (const id of data.terms) expect(glossaryIds.has(id), `terms: unknown id ${id}`).toBe(true);
        });

        it('links only to pages of its own locale', () => {
          const other = lang === 'fr' ? '/en/' : '/fr/';
          expect(text).not.toContain(`](${other}`);
          expect(text).not.toContain(`src="${other}`);
        });

        it('uses no inline style (the CSP forbids them) and no {#id} heading syntax', () => {
          expect(text).not.toMatch(/\sstyle=/);
          expect(text).not.toMatch(/^#{1,6} .*\{#/m);
        });

        if (lang === 'fr') {
          it('follows French typography', () => {
            const issues = frenchTypographyIssues(text).map((i) => {
              const line = text.slice(0, i.index).split('\n').length;
              return `line ${line}: ${JSON.stringify(i.found)} -> ${JSON.stringify(i.expected)}`;
            });
            expect(issues).toEqual([]);
          });
        }
      });
    }
  }
});

describe('glossary', () => {
  it('has at least 35 terms with unique ids', () => {
    expect(glossary.length).toBeGreaterThanOrEqual(35);
    expect(glossaryIds.size).toBe(glossary.length);
  });

  it('relates only to terms that exist, and points to chapters that exist', () => {
    for (const e of glossary) {
      for (const r of e.related) expect(glossaryIds.has(r), `${e.id} -> ${r}`).toBe(true);
      expect(chapterSlugs.has(e.chapter), `${e.id} -> chapter ${e.chapter}`).toBe(true);
    }
  });

  it('is explained by the chapter it points to: that chapter lists the term', () => {
    const termsByChapter = new Map<string, string[]>();
    for (const file of chapterFiles.fr) {
      const data = GuideChapter.parse(frontMatter(read(`content/guide/fr/${file}`)));
      termsByChapter.set(file.replace(/^\d\d-|\.mdx$/g, ''), data.terms);
    }
    const missing = glossary
      .filter((e) => !termsByChapter.get(e.chapter)?.includes(e.id))
      .map((e) => `${e.id} (${e.chapter})`);
    expect(missing).toEqual([]);
  });

  it('follows French typography in its French text', () => {
    const issues = glossary.flatMap((e) =>
      [e.fr.term, e.fr.definition, ...e.fr.aliases].flatMap((s) =>
        frenchTypographyIssues(s).map(() => `${e.id}: ${s}`),
      ),
    );
    expect(issues).toEqual([]);
  });
});

describe('tool explanations', () => {
  const fr = mdxFiles('content/tools/fr');
  const en = mdxFiles('content/tools/en');

  it('exist for every tool in both locales', () => {
    const expected = [
      'amplification-rate',
      'audience-growth',
      'audit',
      'conversion-rate',
      'cpa',
      'cpc',
      'cpm',
      'ctr',
      'engagement-rate',
      'reach-rate',
      'roi',
      'share-of-voice',
      'smart',
      'story-completion',
    ].map((id) => `${id}.mdx`);
    expect(fr).toEqual(expected);
    expect(en).toEqual(expected);
  });

  for (const lang of ['fr', 'en'] as const) {
    for (const file of lang === 'fr' ? fr : en) {
      it(`${lang}/${file} has valid front matter${lang === 'fr' ? ' and French typography' : ''}`, () => {
        const text = read(`content/tools/${lang}/${file}`);
        ToolPage.parse(frontMatter(text));
        expect(text).not.toMatch(/\sstyle=/);
        if (lang === 'fr') expect(frenchTypographyIssues(text)).toEqual([]);
      });
    }
  }
});
