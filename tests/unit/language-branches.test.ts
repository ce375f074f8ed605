/**
 * Languages as data: code never names a language to decide what to do. A branch on `'fr'` or
 * `'en'`, a `{fr,en}` glob, an `'fr' | 'en'` type or a page written in French by hand would each
 * leave out a third language (or the pseudo-locale of tests/unit/pseudo-locale.test.ts) without a
 * type error. Per-language data lives in each language's folder, `src/lib/i18n/<lang>/`
 * (dictionaries, data, the SMART engine's rules, the KPI words), and tables keyed by `Locale`.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The files that are a language's own data, where its code is expected. */
const perLanguage = [
  /^src\/lib\/i18n\/locales\.ts$/,
  /^src\/lib\/i18n\/(?:fr|en)\/.*\.ts$/, // each language's folder: dictionaries, data, SMART rules, KPI words
];

/**
 * Known branches left in other areas of the code, each to be replaced by the language's data
 * (`symbolsOf` in src/lib/numbers/format.ts has the separators): the test fails when one is
 * fixed, so that its entry goes too.
 */
const known: Record<string, string> = {
  'src/islands/dashboard/view.ts': 'day and month order and the spaced colon written per language',
  'src/islands/dashboard/FileCard.tsx': 'quotation marks around the delimiter chosen by language name',
  'src/lib/dashboard/export.ts': 'CSV separator and decimal comma chosen by language name',
  'src/lib/audit/csv.ts': 'byte order mark chosen by language name',
};

const rules: { what: string; pattern: RegExp }[] = [
  { what: 'a branch on a language', pattern: /[!=]==?\s*['"`](?:fr|en)['"`]|['"`](?:fr|en)['"`]\s*[!=]==?/ },
  { what: 'a language list written out', pattern: /\{fr,en\}|\(fr\|en\)|\[\s*['"]fr['"],\s*['"]en['"]\s*\]/ },
  { what: 'a language type written out', pattern: /['"]fr['"]\s*\|\s*['"]en['"]/ },
  { what: 'a language chosen by hand', pattern: /useTranslations\(['"]|\blang="(?:fr|en)"/ },
];

/** Every finding in a file's code (comments left out) as `path:line: what`. */
export function languageBranches(path: string, text: string): string[] {
  const found: string[] = [];
  text.split('\n').forEach((line, index) => {
    if (/^\s*(?:\*|\/\/|\/\*)/.test(line)) return;
    const code = line.replace(/\s\/\/.*$/, '');
    for (const { what, pattern } of rules) if (pattern.test(code)) found.push(`${path}:${index + 1}: ${what}`);
  });
  return found;
}

function siteFiles(): string[] {
  const out = execFileSync(
    'git',
    ['ls-files', '--cached', '--others', '--exclude-standard', 'src', 'astro.config.mjs'],
    {
      cwd: root,
      encoding: 'utf8',
    },
  );
  return out
    .split('\n')
    .filter((path) => /\.(?:ts|tsx|mts|js|mjs|astro)$/.test(path) && !perLanguage.some((p) => p.test(path)));
}

describe('code never names a language to decide what to do', () => {
  it('finds each kind in a made-up file, and not in comments or data', () => {
    const sample = [
      "const sep = lang === 'fr' ? ';' : ',';",
      "glob({ pattern: '{fr,en}.mdx' })",
      "function f(lang: 'fr' | 'en') {}",
      "const t = useTranslations('fr');",
      '<html lang="fr">',
      " * A comment may say `lang === 'fr'`.",
      "const sep = symbolsOf[lang].decimal === ',';",
      "const tags = { fr: 'fr-FR', en: 'en' };",
    ].join('\n');
    expect(languageBranches('src/x.ts', sample)).toEqual([
      'src/x.ts:1: a branch on a language',
      'src/x.ts:2: a language list written out',
      'src/x.ts:3: a language type written out',
      'src/x.ts:4: a language chosen by hand',
      'src/x.ts:5: a language chosen by hand',
    ]);
  });

  it('finds none in the site’s code outside the languages’ own files (known ones listed)', () => {
    const found = siteFiles().flatMap((path) => languageBranches(path, readFileSync(`${root}/${path}`, 'utf8')));
    const unknown = found.filter((f) => !Object.hasOwn(known, f.slice(0, f.indexOf(':'))));
    expect(unknown).toEqual([]);
    const stillThere = new Set(found.map((f) => f.slice(0, f.indexOf(':'))));
    expect(
      Object.keys(known).filter((path) => !stillThere.has(path)),
      'fixed: remove from `known`',
    ).toEqual([]);
  });
});
