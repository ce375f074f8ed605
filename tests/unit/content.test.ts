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
import { englishTypographyIssues, frenchTypographyIssues } from '../../src/lib/typography';
import { termIssues, termRules } from '../../src/lib/content/terms';
import type { Source } from '../../src/schemas/common';
import frKpi from '../../src/lib/i18n/fr/kpi';
import enKpi from '../../src/lib/i18n/en/kpi';

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

/** Issues found by a line-based checker, reported with their line numbers. */
function located(text: string, issues: { index: number; found: string }[], what = (f: string) => JSON.stringify(f)) {
  return issues.map((i) => `line ${text.slice(0, i.index).split('\n').length}: ${what(i.found)}`);
}

const typographyIssues = (text: string, lang: 'fr' | 'en') =>
  lang === 'fr' ? frenchTypographyIssues(text) : englishTypographyIssues(text);

/** Titles a writer puts in when the real one is unknown: never shown to readers. */
const placeholderTitle = /intitulé descriptif|descriptive title|titre descriptif/iu;

/**
 * A source as readers see it: the original's address, or the original named (title, publisher or
 * author, year) with the copy it was read on (`via`), or a print work identified by ISBN or DOI.
 * An original found at its address but read on a copy carries both: the address, and the copy
 * as `via`, so that readers know which text the writer actually read.
 */
function sourceProblems(sources: readonly Source[]): string[] {
  return sources.flatMap((s) => {
    const problems: string[] = [];
    const where = `"${s.title}"`;
    if (placeholderTitle.test(`${s.title} ${s.note ?? ''}`)) problems.push(`${where}: placeholder title`);
    if (!s.author && !s.publisher) problems.push(`${where}: no author or publisher`);
    if (!s.url && !s.via && !/\b(ISBN|DOI)\b/.test(s.note ?? '')) problems.push(`${where}: no url, via, ISBN or DOI`);
    if (s.url && /blogspot\.|wishu\.io|shortsintel\.com|deeho\.com|communews\.com/.test(s.url)) {
      problems.push(`${where}: url is a copy, cite the original and put the copy in "via"`);
    }
    return problems;
  });
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

        it('has 700 to 1,900 words', () => {
          const words = wordCount(text);
          expect(words).toBeGreaterThanOrEqual(700);
          expect(words).toBeLessThanOrEqual(1900);
        });

        it('ends with a self-check of 2 to 4 questions answered in <details>', () => {
          const summary = lang === 'fr' ? 'Voir la réponse' : 'Show the answer';
          const answers = text.split(`<summary>${summary}</summary>`).length - 1;
          expect(answers).toBeGreaterThanOrEqual(2);
          expect(answers).toBeLessThanOrEqual(4);
          expect(text).toMatch(lang === 'fr' ? /## Testez-vous/ : /## Check yourself/);
        });

        it('has an applied exercise with a model answer, in a data-exercise block', () => {
          const blocks = [...text.matchAll(/<div data-exercise>\n\n([\s\S]*?)\n<\/div>/g)].map((m) => m[1] ?? '');
          expect(blocks.length, 'no <div data-exercise> block (blank line after it)').toBeGreaterThanOrEqual(1);
          for (const block of blocks) {
            expect(block).toMatch(
              lang === 'fr' ? /^\*\*Exercice appliqué[\u00a0 ]: .+\*\*$/m : /^\*\*Applied exercise: .+\*\*$/m,
            );
            expect(block).toContain(
              lang === 'fr' ? '<summary>Voir un corrigé</summary>' : '<summary>Show a model answer</summary>',
            );
            expect(block).toMatch(/<\/details>\s*$/);
          }
        });

        it('cites each source by its original (url), or names it and says where it was read (via)', () => {
          expect(sourceProblems(data.sources)).toEqual([]);
          expect(text).not.toMatch(placeholderTitle);
        });

        it('uses one term per concept (no banned variant)', () => {
          const issues = termIssues(text, lang).map((i) => `${i.found} -> ${i.use}`);
          expect(
            located(text, termIssues(text, lang), (f) => f),
            issues.join('; '),
          ).toEqual([]);
        });

        it('shows formulas in a formula block, not a quotation', () => {
          expect(text).not.toMatch(/^>.*[÷×=]/m);
        });

        it('joins numbers and units with a no-break space', () => {
          expect(located(text, typographyIssues(text, lang))).toEqual([]);
        });

        it('has a revision date no later than today', () => {
          expect(data.updated.getTime()).toBeLessThanOrEqual(Date.now());
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

  it('follows French typography in its French text, and joins numbers and units in its English text', () => {
    const issues = glossary.flatMap((e) => [
      ...[e.fr.term, e.fr.definition, ...e.fr.aliases].flatMap((s) =>
        frenchTypographyIssues(s).map(() => `${e.id}: ${s}`),
      ),
      ...[e.en.term, e.en.definition, ...e.en.aliases].flatMap((s) =>
        englishTypographyIssues(s).map(() => `${e.id}: ${s}`),
      ),
    ]);
    expect(issues).toEqual([]);
  });

  it('uses one term per concept in both languages (aliases may list the variants people search for)', () => {
    const issues = glossary.flatMap((e) => [
      ...termIssues(`${e.fr.term}\n${e.fr.definition}`, 'fr').map((i) => `${e.id} (fr): ${i.found} -> ${i.use}`),
      ...termIssues(`${e.en.term}\n${e.en.definition}`, 'en').map((i) => `${e.id} (en): ${i.found} -> ${i.use}`),
    ]);
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
      'dashboard',
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
        const data = ToolPage.parse(frontMatter(text));
        expect(text).not.toMatch(/\sstyle=/);
        expect(located(text, typographyIssues(text, lang))).toEqual([]);
        expect(termIssues(text, lang).map((i) => `${i.found} -> ${i.use}`)).toEqual([]);
        expect(sourceProblems(data.sources ?? [])).toEqual([]);
        expect(text).not.toMatch(placeholderTitle);
      });
    }
  }
});

describe('calculator labels', () => {
  it('use one term per concept (no banned variant)', () => {
    for (const [lang, dict] of [
      ['fr', frKpi],
      ['en', enKpi],
    ] as const) {
      const issues = Object.entries(dict).flatMap(([key, value]) =>
        termIssues(value, lang).map((i) => `${lang} ${key}: ${i.found} -> ${i.use}`),
      );
      expect(issues).toEqual([]);
    }
  });
});

describe('banned term variants', () => {
  it('are all listed in the authors’ guide', () => {
    const guide = read('docs/CONTENT.md');
    for (const lang of ['fr', 'en'] as const) {
      for (const rule of termRules[lang])
        expect(guide, `docs/CONTENT.md lists « ${rule.use} »`).toContain(`| ${rule.use} `);
    }
  });

  it('are caught in realistic sentences, and the chosen terms are not', () => {
    const fr = (t: string) => termIssues(t, 'fr').map((i) => i.found);
    const en = (t: string) => termIssues(t, 'en').map((i) => i.found);
    expect(fr('Le taux de clic a baissé ; nos leads aussi, et les likes.')).toEqual(['taux de clic', 'leads', 'likes']);
    expect(fr('Le taux de clics monte, 40 prospects (lead) et 300 mentions J’aime.')).toEqual([]);
    expect(fr('Le formulaire LinkedIn Lead Gen et [lien](/fr/glossary/#likes).')).toEqual([]);
    expect(fr('Soignez votre réputation en ligne.')).toEqual(['réputation en ligne']);
    expect(en('Each social medium protects your e-reputation.')).toEqual(['social medium', 'e-reputation']);
    expect(en('Each social media platform protects your online reputation.')).toEqual([]);
  });
});
