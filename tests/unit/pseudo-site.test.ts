/**
 * Adding the pseudo-locale, step by step (scripts/pseudo/language.ts), on the repository's own
 * files: the locale list gains the language (the registries find its folder by themselves,
 * tests/unit/language-registries.test.ts), content is pseudo-localised with its links, tags and
 * ids kept. The build of the result is checked by `npm run test:pseudo`.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { addToLocaleList, addYamlBlocks, pseudoLine, pseudoMdx, PSEUDO } from '../../scripts/pseudo/language';
import { otherLocales } from '../../src/lib/i18n/locales';
import { parseDocument } from 'yaml';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

describe('the locale list', () => {
  it('gets the pseudo-locale in the list and an entry in each of its tables', () => {
    const list = addToLocaleList(read('src/lib/i18n/locales.ts'));
    expect(list).toContain("export const locales = ['fr', 'en', 'en-xa'] as const;");
    expect(list).toContain("localeTags: Record<Locale, string> = { fr: 'fr-FR', en: 'en', 'en-xa': 'en-XA' };");
    expect(list).toContain("ogLocales: Record<Locale, string> = { fr: 'fr_FR', en: 'en_GB', 'en-xa': 'en_XA' };");
    expect(list).toContain("decimalSeparators: Record<Locale, string> = { fr: ',', en: '.', 'en-xa': '.' };");
    expect(list).toContain(
      "localeNames: Record<Locale, string> = { fr: 'Français', en: 'English', 'en-xa': '[Ééñĝļîîšĥ]' };",
    );
  });

  it('lets the language switch offer every other locale', () => {
    expect(otherLocales('fr')).toEqual(['en']);
    expect(otherLocales('en')).toEqual(['fr']);
  });
});

describe('content in the pseudo-locale', () => {
  it('pseudo-localises prose and keeps link targets, tags, expressions, code and entities', () => {
    expect(pseudoLine('Read [the guide](/en/guide/) or <a href="/x">this</a> {n} `code` &amp; go')).toBe(
      'Ŕééååð [ţĥéé ĝûûîîðéé](/en/guide/) ööŕ <a href="/x">ţĥîîš</a> {n} `code` &amp; ĝöö',
    );
  });

  it('turns an MDX file’s front matter and body, with its links to the pseudo-locale’s pages', () => {
    const mdx = [
      '---',
      'title: "Click-through rate"',
      'tools:',
      '  - ctr',
      'sources:',
      '  - title: "A report"',
      '    url: "https://example.org/"',
      '    year: 2025',
      'updated: 2026-12-01',
      '---',
      '',
      'import X from "./x";',
      '',
      'See [CTR](/en/glossary/#ctr).',
      '```',
      'keep me',
      '```',
    ].join('\n');
    const out = pseudoMdx(mdx);
    const front = parseDocument(/^---\n([\s\S]*?)---/.exec(out)?.[1] ?? '').toJS() as Record<string, unknown>;
    expect(front).toEqual({
      title: '[Çļîîçķ-ţĥŕööûûĝĥ ŕååţéé]',
      tools: ['ctr'],
      sources: [{ title: '[Åå ŕééþööŕţ]', url: 'https://example.org/', year: 2025 }],
      updated: '2026-12-01',
    });
    expect(out).toContain('import X from "./x";');
    expect(out).toContain(`Šéééé [ÇŢŔ](/${PSEUDO.id}/glossary/#ctr).`);
    expect(out).toContain('```\nkeep me\n```');
  });

  it('adds a pseudo-localised block beside each English one of a YAML file, ids kept', () => {
    const yaml = [
      '- id: ctr',
      '  fr:',
      '    term: Taux de clics',
      '  en:',
      '    term: Click rate',
      '  related: [cpc]',
    ].join('\n');
    expect(parseDocument(addYamlBlocks(yaml)).toJS()).toEqual([
      {
        id: 'ctr',
        fr: { term: 'Taux de clics' },
        en: { term: 'Click rate' },
        related: ['cpc'],
        'en-xa': { term: '[Çļîîçķ ŕååţéé]' },
      },
    ]);
  });
});
