/**
 * Languages as data: every registry finds each language's module in its folder by itself
 * (`byLocale(import.meta.glob(…))`), so adding a language is its entry in the locale list, its
 * folder `src/lib/i18n/<lang>/` and its content. Here: every locale of the list has every kind of
 * data, no folder is a language the list lacks, and a folder missing one file fails loudly.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { foldLanguageTables, languageChunkName } from '../../src/build/language-tables.mjs';
import { dictionaries } from '../../src/lib/i18n';
import { byLocale } from '../../src/lib/i18n/languages/by-locale';
import { currencyPatterns } from '../../src/lib/i18n/languages/currencies';
import { dateWords } from '../../src/lib/i18n/languages/dates';
import { numberSymbols } from '../../src/lib/i18n/languages/numbers';
import { objectiveLetters, objectiveStopwords } from '../../src/lib/i18n/languages/objectives';
import { revealStrings } from '../../src/lib/i18n/languages/reveal';
import { smartEngines } from '../../src/lib/i18n/languages/smart-engines';
import { smartRules } from '../../src/lib/i18n/languages/smart-rules';
import { exampleTimes, spreadsheetFormats } from '../../src/lib/i18n/languages/spreadsheets';
import { termRules } from '../../src/lib/i18n/languages/terms';
import { objectiveWarmUp } from '../../src/lib/i18n/languages/warm-up';
import { locales } from '../../src/lib/i18n/locales';

const i18n = new URL('../../src/lib/i18n/', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, i18n), 'utf8');

/** The registries' source files: each `languages/*.ts` but the helper, and the dictionaries'. */
const registryFiles = [
  'index.ts',
  ...readdirSync(new URL('languages/', i18n))
    .filter((file) => file !== 'by-locale.ts')
    .map((file) => `languages/${file}`),
];

/** The file each registry's glob reads in every language folder (`'../*\/numbers.ts'` → `numbers.ts`). */
const kinds = [
  ...new Set(
    registryFiles.flatMap((file) =>
      [...read(file).matchAll(/glob<[^(]*\(\s*'\.{1,2}\/\*\/([\w.-]+)'/g)].map((m) => m[1]),
    ),
  ),
].sort();

const tables: Record<string, Record<string, unknown>> = {
  dictionaries,
  currencyPatterns,
  dateWords,
  numberSymbols,
  objectiveLetters,
  objectiveStopwords,
  revealStrings,
  smartEngines,
  smartRules,
  spreadsheetFormats,
  exampleTimes,
  termRules,
  objectiveWarmUp,
};

describe('the language registries', () => {
  it('read a file of each language folder, every registry through byLocale', () => {
    expect(kinds).toEqual(
      [
        'currencies.ts',
        'dates.ts',
        'engine.ts',
        'index.ts',
        'numbers.ts',
        'objectives.ts',
        'reveal.ts',
        'smart-rules.ts',
        'spreadsheets.ts',
        'terms.ts',
        'warm-up.ts',
      ].sort(),
    );
    for (const file of registryFiles) {
      const source = read(file);
      expect(source, file).toMatch(/byLocale\(\s*import\.meta\.glob/);
      // No language named in a registry: no import from a language's folder (French's keys are the
      // type of every dictionary's), no table written out.
      expect(source, file).not.toMatch(/^(?!(?:import|export) type ).*from '\.{1,2}\/(?:fr|en)\b|\b(?:fr|en): /m);
    }
  });

  it.each(Object.entries(tables))('%s has exactly the locale list’s languages, in its order', (_name, table) => {
    expect(Object.keys(table)).toEqual([...locales]);
    for (const locale of locales) expect(table[locale], locale).toBeDefined();
  });

  it('has a folder for every locale, every kind of file in it, and no folder of a language not in the list', () => {
    const folders = readdirSync(i18n, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && entry.name !== 'languages')
      .map((entry) => entry.name);
    expect(folders.sort()).toEqual([...locales].sort());
    const missing = locales.flatMap((locale) =>
      kinds.filter((file) => !existsSync(new URL(`${locale}/${file}`, i18n))).map((file) => `${locale}/${file}`),
    );
    expect(missing).toEqual([]);
  });

  it('loads each language’s SMART rules and engine, registered under that language', async () => {
    for (const locale of locales) {
      const rules = await smartRules[locale]();
      expect(rules.default.lang).toBe(locale);
      const engine = await smartEngines[locale]();
      expect(engine.hasRules(locale)).toBe(true);
      expect(engine.analyzeObjective('Doubler nos ventes', { lang: locale }).criteria).toHaveLength(5);
    }
  });
});

describe('byLocale, which every registry reads its glob with', () => {
  const glob = { '../en/numbers.ts': 'en data', '../fr/numbers.ts': 'fr data', '../de/numbers.ts': 'stray' };

  it('keys each module by its folder, in the locale list’s order, leaving folders not in the list out', () => {
    expect(byLocale(glob)).toEqual({ fr: 'fr data', en: 'en data' });
    expect(Object.keys(byLocale(glob))).toEqual([...locales]);
  });

  it('fails loudly, naming the folder, when a locale of the list lacks its module', () => {
    expect(() => byLocale({ '../en/numbers.ts': 'en data' })).toThrow(/src\/lib\/i18n\/fr\/ lacks a module/);
  });
});

describe('the build’s language tables (src/build/language-tables.mjs)', () => {
  // What Vite writes for `byLocale(import.meta.glob('../*/numbers.ts', { eager: true, import: 'x' }))`.
  const eager = [
    'import { x as __import_glob__0_0_ } from "../en/numbers.ts";',
    'import { x as __import_glob__0_1_ } from "../fr/numbers.ts";import { byLocale } from "./by-locale";',
    'export const t = byLocale(/* #__PURE__ */ Object.assign({"../en/numbers.ts": __import_glob__0_0_,"../fr/numbers.ts": __import_glob__0_1_',
    '}));',
  ].join('\n');
  const lazy =
    'import { byLocale } from "./by-locale";\nexport const r = byLocale(/* #__PURE__ */ Object.assign({"../en/r.ts": () => import("../en/r.ts"),"../fr/r.ts": () => import("../fr/r.ts")}));';

  it('writes the table as a literal in the list’s order, imports French first, without the helper', () => {
    expect(foldLanguageTables(eager, ['fr', 'en'])).toBe(
      [
        'import { x as __import_glob__0_1_ } from "../fr/numbers.ts";',
        'import { x as __import_glob__0_0_ } from "../en/numbers.ts";',
        'export const t = {"fr": __import_glob__0_1_, "en": __import_glob__0_0_};',
      ].join('\n'),
    );
    expect(foldLanguageTables(lazy, ['fr', 'en'])).toBe(
      '\nexport const r = {"fr": () => import("../fr/r.ts"), "en": () => import("../en/r.ts")};',
    );
  });

  it('stops the build when a locale of the list has no module', () => {
    expect(() => foldLanguageTables(eager, ['fr', 'en', 'de'])).toThrow(/No module for de/);
  });

  it('names a language’s chunks after it, and leaves the others', () => {
    const engine = { name: 'engine', facadeModuleId: '/repo/src/lib/i18n/fr/engine.ts' };
    expect(languageChunkName('_astro/engine.[hash].js', engine)).toBe('_astro/engine-fr.[hash].js');
    expect(languageChunkName('assets/[name]-[hash].js', engine)).toBe('assets/engine-fr-[hash].js');
    const rules = { name: 'smart-rules', facadeModuleId: '/repo/src/lib/i18n/en/smart-rules.ts' };
    expect(languageChunkName('_astro/smart-rules.[hash].js', rules)).toBe('_astro/en.[hash].js');
    expect(languageChunkName('assets/[name]-[hash].js', rules)).toBe('assets/en-[hash].js');
    const other = { name: 'checker', facadeModuleId: '/repo/src/lib/smart/checker.ts' };
    expect(languageChunkName('_astro/checker.[hash].js', other)).toBe('_astro/checker.[hash].js');
  });
});
