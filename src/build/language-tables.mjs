// @ts-check
/**
 * Vite plugin: writes each language registry's table (`src/lib/i18n/languages/*.ts`, the
 * dictionaries, the SMART rules of src/lib/smart/analyze.ts) as the object literal `{ fr, en }` a
 * maintainer would have written by hand, keyed by the locale list.
 *
 * Why: a registry finds each language's module by itself, `byLocale(import.meta.glob('../*\/numbers.ts'))`
 * (src/lib/i18n/languages/by-locale.ts), so that adding a language touches no registry. Vite turns
 * the glob into `{"../en/numbers.ts": a, "../fr/numbers.ts": b}`, and `byLocale` rekeys it by folder
 * at run time: that helper and the paths cost every tool page about 200 bytes of JavaScript (gzip),
 * where the calculators had 35 to spare. Here the same rekeying is done once at build time, so the
 * browser gets `{fr: b, en: a}` as before. Only the bytes depend on this plugin: without it (Vitest,
 * a script run through Vite) `byLocale` gives the same table.
 *
 * A locale of the list without its module stops the build (and fails tests/unit/language-registries.test.ts).
 */
import { locales } from '../lib/i18n/locales.ts';

/** `byLocale(/* #__PURE__ *\/ Object.assign({ "path": value, … }))`, as Vite writes a glob. */
const CALL = /\bbyLocale\(\s*(?:\/\*\s*[#@]__PURE__\s*\*\/\s*)?Object\.assign\(\s*\{([^{}]*)\}\s*\)\s*\)/g;
const BY_LOCALE_IMPORT = /import\s*\{\s*byLocale\s*\}\s*from\s*"[^"]*\/by-locale(?:\.ts)?";?/;
const ENTRY = /^\s*"([^"]+)"\s*:\s*([\s\S]+?)\s*$/;

/**
 * Every `byLocale(glob)` call of a module's code written as a literal keyed by locale, in the
 * list's order. Throws when a locale has no module.
 * @param {string} code
 * @param {readonly string[]} list
 * @returns {string}
 */
export function foldLanguageTables(code, list = locales) {
  const folded = inListOrder(code, list).replace(CALL, (_call, /** @type {string} */ body) => {
    /** @type {Map<string, string>} */
    const byFolder = new Map();
    for (const part of body.split(/,(?=\s*")/)) {
      const entry = ENTRY.exec(part);
      if (entry) byFolder.set(entry[1]?.split('/').at(-2) ?? '', entry[2] ?? '');
    }
    const missing = list.filter((locale) => !byFolder.has(locale));
    if (missing.length > 0) {
      throw new Error(`No module for ${missing.join(', ')} among ${body.replace(/\s+/g, ' ').trim()}`);
    }
    return `{${list.map((locale) => `${JSON.stringify(locale)}: ${byFolder.get(locale)}`).join(', ')}}`;
  });
  // With every call folded, the helper's import goes too: the module graph (and so the order in
  // which the bundler lays out the code) is the hand-written registries' one.
  return folded.includes('byLocale(') ? folded : folded.replace(BY_LOCALE_IMPORT, '');
}

/** A module of a language's folder: `…/src/lib/i18n/fr/engine.ts` → `fr`. */
const LANGUAGE_FILE = /\/src\/lib\/i18n\/([^/]+)\/[^/]+\.ts$/;

/**
 * The file name of a chunk made from a language's module, with the language after its name
 * (`engine-fr.[hash].js`): every language's files have the same names, and a chunk list should
 * say which language each one is. A language's SMART rules are named after the language alone
 * (`en.[hash].js`), as they were before they moved into its folder: the end-to-end tests watch
 * for them by that name. Other chunks keep their names.
 * @param {string} fileName what the build would name the chunk (`_astro/engine.[hash].js`, or a `[name]` pattern)
 * @param {{ name: string, facadeModuleId: string | null }} chunk
 * @returns {string}
 */
export function languageChunkName(fileName, chunk) {
  const locale = LANGUAGE_FILE.exec(chunk.facadeModuleId ?? '')?.[1];
  if (locale === undefined || !locales.some((l) => l === locale)) return fileName;
  const name = chunk.name === 'smart-rules' ? locale : `${chunk.name}-${locale}`;
  return fileName.includes('[name]')
    ? fileName.replace('[name]', name)
    : fileName.replace(`/${chunk.name}.`, `/${name}.`);
}

/** An import Vite writes for an eager glob: `import { x as __import_glob__0_1_ } from "../fr/x.ts";`. */
const GLOB_IMPORT = /import\s*(?:\*\s*as\s+__\w*glob_\w*|\{[^}]*\b__\w*glob_\w*\s*\})\s*from\s*"([^"]+)";?/g;

/**
 * The glob's imports in the locale list's order (Vite sorts them by path): modules are evaluated
 * in import order, and the bundler lays out their code in that order, as the hand-written
 * registries' imports did (French first).
 * @param {string} code
 * @param {readonly string[]} list
 */
function inListOrder(code, list) {
  const imports = [...code.matchAll(GLOB_IMPORT)];
  /** @param {RegExpExecArray} m */
  const rank = (m) => {
    const index = list.indexOf(m[1]?.split('/').at(-2) ?? '');
    return index < 0 ? list.length : index;
  };
  const sorted = imports.toSorted((a, b) => rank(a) - rank(b)).map((m) => m[0]);
  let next = 0;
  return code.replace(GLOB_IMPORT, () => sorted[next++] ?? '');
}

/** @returns {import('vite').Plugin} */
export function languageTables() {
  return {
    name: 'smm:language-tables',
    // After Vite's own import.meta.glob transform.
    enforce: 'post',
    transform(code, id) {
      if (!/\/src\/lib\/(?:i18n|smart)\//.test(id) || !code.includes('byLocale(')) return null;
      const folded = foldLanguageTables(code);
      return folded === code ? null : { code: folded, map: null };
    },
    outputOptions(options) {
      const names = options.chunkFileNames;
      if (names === undefined) return null;
      return {
        ...options,
        chunkFileNames: (chunk) => languageChunkName(typeof names === 'function' ? names(chunk) : names, chunk),
      };
    },
  };
}
