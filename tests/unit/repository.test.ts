/**
 * The repository explains itself: no file sends a maintainer to something they cannot open (a
 * folder beside the checkout, a numbered issue, the contract or the facts named without their
 * path), and no module imports itself through others (an import cycle, `import.meta.glob` included).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { globCalls, globTargets } from '../../scripts/node/glob-hooks.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const self = 'tests/unit/repository.test.ts';
const textFile = /\.(ts|tsx|mts|js|mjs|astro|md|mdx|css|json|yaml|yml|txt|html)$|^\.ci\/run$|^\.gitignore$/;

/** Tracked files and new ones not ignored, so that a file about to be committed is checked too. */
function repositoryFiles(): string[] {
  const out = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
    cwd: root,
    encoding: 'utf8',
  });
  return out.split('\n').filter((path) => textFile.test(path) && path !== self && path !== 'package-lock.json');
}

const rules: { what: string; pattern: RegExp }[] = [
  { what: 'a folder outside the repository', pattern: /\.\.\/shared\b|\bshared\/design\b/ },
  { what: 'a numbered issue', pattern: /\bissues? #?\d+\b/i },
  // The maintainers' documents are named by their path, so that anyone can open them.
  { what: 'the contract or the facts without their docs/ path', pattern: /(?<!docs\/)\b(?:CONTRACT|FACTS)\b/ },
];

/** Every finding as `path:line: what`. */
export function outsideReferences(path: string, text: string): string[] {
  const found: string[] = [];
  const inDocs = path.startsWith('docs/');
  text.split('\n').forEach((line, index) => {
    for (const { what, pattern } of rules) {
      // Inside docs/, `[CONTRACT.md](CONTRACT.md)` is a working relative link.
      const checked = inDocs ? line.replace(/\[[^\]]*\]\((?:CONTRACT|FACTS)\.md[^)]*\)/g, '') : line;
      if (pattern.test(checked)) found.push(`${path}:${index + 1}: ${what}`);
    }
  });
  return found;
}

describe('the repository refers only to itself', () => {
  it('finds a reference of each kind in a made-up file', () => {
    const sample = [
      // Spelled in two parts, so that this file does not itself point outside the repository.
      '// See ../' + 'shared/design/CONTRACT.md',
      '/* Offline use (issue 7) */',
      'Scoring (FACTS section 4)',
      'Markup follows docs/CONTRACT.md and docs/FACTS.md §2.',
      'A colour (#123) is not an issue; nor are the issues of 2026 or docs/ARCHITECTURE.md.',
    ].join('\n');
    expect(outsideReferences('src/x.ts', sample)).toEqual([
      'src/x.ts:1: a folder outside the repository',
      'src/x.ts:1: the contract or the facts without their docs/ path',
      'src/x.ts:2: a numbered issue',
      'src/x.ts:3: the contract or the facts without their docs/ path',
    ]);
  });

  it('has no such reference in any file', () => {
    const files = repositoryFiles();
    expect(files.length).toBeGreaterThan(100);
    const found = files.flatMap((path) => outsideReferences(path, readFileSync(`${root}/${path}`, 'utf8')));
    expect(found).toEqual([]);
  });
});

/** Relative imports of a module that stay at run time: static, re-exports, side effects, import(). */
export function importsOf(text: string): string[] {
  const found: string[] = [];
  const patterns = [
    /(?:^|[\n;])\s*(?:import|export)\s+(?!type\s)[^;'"`]*?\bfrom\s*['"](\.[^'"]+)['"]/g,
    /(?:^|[\n;])\s*import\s*['"](\.[^'"]+)['"]/g,
    /\bimport\(\s*(?:\/\*[^*]*\*\/\s*)?['"](\.[^'"]+)['"]\s*\)/g,
  ];
  for (const pattern of patterns) for (const m of text.matchAll(pattern)) found.push(m[1] ?? '');
  return found;
}

/**
 * The patterns of a module's `import.meta.glob` calls (Vite's: the language registries find each
 * language's files with one), negative ones (`!…`) included: each file they match is an import.
 * Read by the same parser as Node's glob hook (scripts/node/glob-hooks.mjs).
 */
export function globsOf(text: string): string[] {
  return globCalls(text).flatMap((call) => call.patterns);
}

/** A path joined to a relative specifier (`src/lib/x` + `../y/*.ts` → `src/lib/y/*.ts`). */
function joined(dir: string[], spec: string): string {
  const parts = [...dir];
  for (const piece of spec.replace(/\?.*$/, '').split('/')) {
    if (piece === '..') parts.pop();
    else if (piece !== '.') parts.push(piece);
  }
  return parts.join('/');
}

/** The files a module's globs match, itself left out as Vite does (the glob hook's matcher). */
function globTargetsOf(path: string, text: string, files: Map<string, string>): string[] {
  return globCalls(text).flatMap((call) => globTargets(path, call.patterns, files.keys()));
}

const moduleFile = /\.(ts|tsx|mts|js|mjs|astro)$/;
const tryExtensions = ['', '.ts', '.tsx', '.mts', '.js', '.mjs', '.astro', '/index.ts'];

/** Groups of modules that import each other (Tarjan's strongly connected components), as sorted paths. */
export function importCycles(files: Map<string, string>): string[][] {
  const edges = new Map<string, string[]>();
  for (const [path, text] of files) {
    const dir = path.split('/').slice(0, -1);
    const targets = importsOf(text).flatMap((spec) => {
      const base = joined(dir, spec);
      const hit = tryExtensions.map((ext) => base + ext).find((candidate) => files.has(candidate));
      return hit === undefined ? [] : [hit];
    });
    edges.set(path, [...targets, ...globTargetsOf(path, text, files)]);
  }
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, counter);
    low.set(node, counter);
    counter += 1;
    stack.push(node);
    onStack.add(node);
    for (const next of edges.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node) ?? 0, low.get(next) ?? 0));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node) ?? 0, index.get(next) ?? 0));
    }
    if (low.get(node) === index.get(node)) {
      const group: string[] = [];
      let member: string | undefined;
      do {
        member = stack.pop();
        if (member !== undefined) {
          onStack.delete(member);
          group.push(member);
        }
      } while (member !== undefined && member !== node);
      if (group.length > 1 || (edges.get(node) ?? []).includes(node)) cycles.push(group.sort());
    }
  };
  for (const node of edges.keys()) if (!index.has(node)) visit(node);
  return cycles;
}

/** Cycles known and being removed (none today): the test fails on a new one, and on one listed once it is gone. */
const knownCycles: string[][] = [];

describe('the module graph', () => {
  it('reads every kind of import that stays at run time', () => {
    const text = [
      "import { a } from './a';",
      "import type { B } from './b';",
      "export { c } from '../c';",
      "export type { D } from './d';",
      "import './e.css';",
      "const f = () => import('./f');",
      "import raw from './g.xsd?raw';",
      "import { useState } from 'preact/hooks';",
      'import {\n  h,\n  type H,\n} from "./h";',
    ].join('\n');
    expect(importsOf(text).sort()).toEqual(['../c', './a', './e.css', './f', './g.xsd?raw', './h']);
  });

  it('reads the files an import.meta.glob matches as imports, and finds a cycle through one', () => {
    const registry = "export const t = byLocale(import.meta.glob<T>(['../*/x.ts', '!../skip/*'], { eager: true }));";
    expect(globsOf(registry)).toEqual(['../*/x.ts', '!../skip/*']);
    const files = new Map([
      ['src/i18n/languages/x.ts', registry],
      ['src/i18n/fr/x.ts', "import { t } from '../languages/x';"],
      ['src/i18n/skip/x.ts', "import { t } from '../languages/x';"],
      ['src/i18n/en/x.ts', 'export const x = 1;'],
    ]);
    expect(importCycles(files)).toEqual([['src/i18n/fr/x.ts', 'src/i18n/languages/x.ts']]);
  });

  it('finds the cycle of two modules that import each other, and none in a chain', () => {
    const fixture = 'tests/fixtures/import-cycle';
    const files = new Map(
      ['a.ts', 'b.ts'].map((f) => [`${fixture}/${f}`, readFileSync(`${root}/${fixture}/${f}`, 'utf8')]),
    );
    expect(importCycles(files)).toEqual([[`${fixture}/a.ts`, `${fixture}/b.ts`]]);
    files.set(`${fixture}/b.ts`, 'export const b = () => "b";');
    expect(importCycles(files)).toEqual([]);
  });

  it('has no import cycle in the site, its scripts and tests', () => {
    const files = new Map(
      repositoryFiles()
        .filter((path) => moduleFile.test(path) && !path.startsWith('tests/fixtures/'))
        .map((path) => [path, readFileSync(`${root}/${path}`, 'utf8')]),
    );
    expect(importCycles(files)).toEqual(knownCycles);
  });
});
