/**
 * Writes the pseudo-locale's site: a copy of the repository's site files in `.tmp/pseudo/site`
 * (ignored by git), where the pseudo-locale is added as a maintainer adds a language (see
 * ./language.ts) and the build is cut down to the fixture pages. Run by ./run.mjs, which bundles
 * this file with esbuild (the site's modules import without file extensions, as Vite reads them).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import en from '../../src/lib/i18n/en';
import { months } from '../../src/lib/i18n/en/dates';
import enReveal from '../../src/lib/i18n/en/reveal';
import { pseudoDictionary, pseudoLocalize } from '../../src/lib/i18n/pseudo';
import { addToLocaleList, addYamlBlocks, FIXTURES, PSEUDO, pseudoMdx } from './language';

const { id, from } = PSEUDO;

/** What a language is made of, beside its folder and its content: its entry in the locale list. */
export const LOCALE_LIST = 'src/lib/i18n/locales.ts';

const literal = (value: unknown) => JSON.stringify(value, null, 2);

/**
 * The pseudo-locale's folder, from English's: its dictionary, its data and its SMART engine, each
 * file found by the registries by itself (src/lib/i18n/languages/). Its SMART rules read
 * objectives with English's patterns (a pseudo language has no words of its own) and write their
 * sentences pseudo-localised, as its dictionary is.
 */
function languageFolder(): Record<string, string> {
  const generated = '// Generated from English by scripts/pseudo (the pseudo-locale): not kept in git.\n';
  const dir = `src/lib/i18n/${id}`;
  return {
    [`${dir}/index.ts`]: `${generated}export default ${literal(pseudoDictionary(en))};\n`,
    [`${dir}/reveal.ts`]: `${generated}export default ${literal(pseudoDictionary(enReveal))};\n`,
    [`${dir}/numbers.ts`]: `${generated}export * from '../${from}/numbers';\n`,
    [`${dir}/currencies.ts`]: `${generated}export * from '../${from}/currencies';\n`,
    [`${dir}/dates.ts`]:
      `${generated}import { longDate } from '../${from}/dates';\n\n` +
      `export const months = ${literal(months.map(pseudoLocalize))};\n` +
      'export { longDate };\nexport default { months, longDate };\n',
    [`${dir}/spreadsheets.ts`]: `${generated}export * from '../${from}/spreadsheets';\n`,
    [`${dir}/objectives.ts`]: `${generated}export * from '../${from}/objectives';\n`,
    [`${dir}/warm-up.ts`]: `${generated}export * from '../${from}/warm-up';\n`,
    [`${dir}/terms.ts`]: `${generated}export const termRules = [];\n`,
    [`${dir}/smart-rules.ts`]: [
      generated,
      `import source from '../${from}/smart-rules';`,
      "import type { LangRules } from '../../smart/lang-rules';",
      "import { pseudoLocalize } from '../pseudo';",
      '',
      'const said = <K extends string>(words: Record<K, string>) =>',
      '  Object.fromEntries(Object.entries<string>(words).map(([k, v]) => [k, pseudoLocalize(v)])) as Record<K, string>;',
      '',
      'export default {',
      '  ...source,',
      `  lang: '${id}',`,
      '  metrics: said(source.metrics),',
      '  goals: said(source.goals),',
      '  placeholders: said(source.placeholders),',
      '  rewrite: said(source.rewrite),',
      '  sentence: pseudoLocalize(source.sentence),',
      '} satisfies LangRules;',
      '',
    ].join('\n'),
    [`${dir}/engine.ts`]: [
      generated,
      "import { registerRules } from '../../smart/rules';",
      "import rules from './smart-rules';",
      '',
      'registerRules(rules);',
      '',
      "export { analyzeObjective, detectLanguage } from '../../smart/checker';",
      "export { hasRules, loadRules } from '../../smart/rules';",
      '',
    ].join('\n'),
  };
}

function files(root: string, dir: string): string[] {
  const full = join(root, dir);
  if (!existsSync(full)) return [];
  return readdirSync(full, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(root.length + 1));
}

/** Copies the site, adds the pseudo-locale, cuts the build down; returns the copy's folder. */
export function writePseudoSite(repo: string, out: string): { added: string[]; changed: string[]; removed: string[] } {
  rmSync(out, { recursive: true, force: true });
  const tracked = execFileSync(
    'git',
    ['ls-files', '--cached', '--others', '--exclude-standard', '--', 'src', 'content', 'public', 'astro.config.mjs'],
    { cwd: repo, encoding: 'utf8' },
  )
    .split('\n')
    .filter((path) => path && existsSync(join(repo, path)));
  for (const path of [...tracked, 'tsconfig.json', 'package.json']) {
    mkdirSync(dirname(join(out, path)), { recursive: true });
    cpSync(join(repo, path), join(out, path));
  }
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(out, path)), { recursive: true });
    writeFileSync(join(out, path), text);
  };
  const read = (path: string) => readFileSync(join(out, path), 'utf8');
  const added: string[] = [];
  const changed: string[] = [];
  const removed: string[] = [];

  // 1. The locale list (the registries find the language's files by themselves).
  write(LOCALE_LIST, addToLocaleList(read(LOCALE_LIST)));
  changed.push(LOCALE_LIST);
  // 2. The language's folder.
  for (const [path, text] of Object.entries(languageFolder())) {
    write(path, text);
    added.push(path);
  }
  // 3. Content: the fixture chapter and tools, and the blocks of the YAML files.
  const chapter = `content/guide/${id}/${FIXTURES.chapter}.mdx`;
  write(chapter, pseudoMdx(read(`content/guide/${from}/${FIXTURES.chapter}.mdx`)));
  added.push(chapter);
  for (const tool of FIXTURES.tools) {
    const path = `content/tools/${id}/${tool}.mdx`;
    write(path, pseudoMdx(read(`content/tools/${from}/${tool}.mdx`)));
    added.push(path);
  }
  for (const path of ['content/glossary.yaml', 'content/audit.yaml']) {
    write(path, addYamlBlocks(read(path)));
    changed.push(path);
  }

  // 4. Only the fixture pages: the other routes, chapters and tool texts go, and so do the preview
  // images (satori renders one per page: most of a small build's time).
  for (const path of files(out, 'src/pages')) {
    if (!(FIXTURES.pages as readonly string[]).includes(path)) removed.push(path);
  }
  for (const path of [...files(out, 'content/guide'), ...files(out, 'content/tools')]) {
    const name =
      path
        .split('/')
        .pop()
        ?.replace(/\.mdx$/, '') ?? '';
    if (name !== FIXTURES.chapter && !(FIXTURES.tools as readonly string[]).includes(name)) removed.push(path);
  }
  for (const path of removed) rmSync(join(out, path));
  write('astro.config.mjs', read('astro.config.mjs').replace(/^\s*socialImages\(\),\n/m, ''));
  removed.push('astro.config.mjs: socialImages()');
  return { added, changed, removed };
}
