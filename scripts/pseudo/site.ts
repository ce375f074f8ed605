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
import { addToLocaleList, addToRegistry, addYamlBlocks, FIXTURES, PSEUDO, pseudoMdx } from './language';

const { id, from, binding } = PSEUDO;

/** What a language is made of, beside its content: the list, the registries and its folder. */
export const LOCALE_LIST = ['src/lib/i18n/locales.ts', 'src/lib/i18n/index.ts'];
export const REGISTRY = 'src/lib/i18n/languages';

const literal = (value: unknown) => JSON.stringify(value, null, 2);

/** The pseudo-locale's folder, from English's: its dictionary and its data. */
function languageFolder(): Record<string, string> {
  const generated = '// Generated from English by scripts/pseudo (the pseudo-locale): not kept in git.\n';
  return {
    [`src/lib/i18n/${id}.ts`]: `${generated}export const ${binding} = ${literal(pseudoDictionary(en))};\n`,
    [`src/lib/i18n/${id}/reveal.ts`]: `${generated}export default ${literal(pseudoDictionary(enReveal))};\n`,
    [`src/lib/i18n/${id}/numbers.ts`]: `${generated}export * from '../${from}/numbers';\n`,
    [`src/lib/i18n/${id}/currencies.ts`]: `${generated}export * from '../${from}/currencies';\n`,
    [`src/lib/i18n/${id}/dates.ts`]:
      `${generated}export const months = ${literal(months.map(pseudoLocalize))};\n` +
      `export { longDate } from '../${from}/dates';\n`,
    [`src/lib/i18n/${id}/spreadsheets.ts`]: `${generated}export * from '../${from}/spreadsheets';\n`,
    [`src/lib/i18n/${id}/objectives.ts`]: `${generated}export * from '../${from}/objectives';\n`,
    [`src/lib/i18n/${id}/warm-up.ts`]: `${generated}export * from '../${from}/warm-up';\n`,
    [`src/lib/i18n/${id}/terms.ts`]: `${generated}export const termRules = [];\n`,
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

  // 1. The locale list and the registries.
  write(LOCALE_LIST[0] ?? '', addToLocaleList(read(LOCALE_LIST[0] ?? '')));
  write(LOCALE_LIST[1] ?? '', addToRegistry(read(LOCALE_LIST[1] ?? '')));
  changed.push(...LOCALE_LIST);
  for (const path of files(out, REGISTRY)) {
    write(path, addToRegistry(read(path)));
    changed.push(path);
  }
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
