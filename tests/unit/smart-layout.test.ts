/**
 * The SMART engine's layout holds: no import cycle among src/lib modules reachable from the
 * engine (a language's rules once imported the registry that imported them back), and each
 * language's words live in fr.ts / en.ts, not in the engine's code.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../src/lib');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Relative imports of a module, static, type-only or dynamic, resolved to files. */
function importsOf(file: string, source: string, exists: (f: string) => boolean): string[] {
  const specs = [...source.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)'(\.[^']+)'/g)].map((m) => m[1] ?? '');
  return specs
    .map((s) => resolve(dirname(file), s))
    .map((p) => [`${p}.ts`, `${p}.tsx`, join(p, 'index.ts'), p].find(exists) ?? p)
    .filter(exists);
}

/** Every cycle in an import graph, each as the list of files it goes through. */
export function findCycles(graph: Map<string, string[]>): string[][] {
  const cycles: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string) => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of graph.keys()) if (!state.has(node)) visit(node);
  return cycles;
}

describe('SMART engine layout', () => {
  const files = walk(ROOT);
  const set = new Set(files);
  const graph = new Map(files.map((f) => [f, importsOf(f, readFileSync(f, 'utf8'), (p) => set.has(p))]));

  it('finds a cycle when there is one (the check can fail)', () => {
    const g = new Map([
      ['rules', ['fr']],
      ['fr', ['text', 'rules']],
      ['text', []],
    ]);
    expect(findCycles(g)).toEqual([['rules', 'fr', 'rules']]);
  });

  it('has no import cycle in src/lib', () => {
    const cycles = findCycles(graph).map((c) => c.map((f) => relative(ROOT, f)).join(' → '));
    expect(cycles).toEqual([]);
    // The graph is real: the engine reaches its criteria, and the registry loads the languages.
    expect(graph.get(join(ROOT, 'smart/rules.ts'))).toContain(join(ROOT, 'smart/fr.ts'));
    expect(graph.get(join(ROOT, 'smart/checker.ts'))).toContain(join(ROOT, 'smart/judge/specific.ts'));
  });

  it('keeps French and English words out of the engine code (they are in fr.ts and en.ts)', () => {
    const engine = ['checker.ts', 'reading.ts', 'improve.ts', 'dates.ts', 'detect.ts', 'find.ts', 'judge'];
    const code = files.filter((f) => engine.some((e) => relative(join(ROOT, 'smart'), f).startsWith(e)));
    // Words the engine once held in its code, in both languages.
    const words =
      /aujourd'hui|\bd'ici\b|\bpour\b|\bcible\b|\btoday\b|\bcurrently\b|\bprochain|\bsemaine|\bweeks\b|\bnoel\b|christmas|\bavec\b|\breduire\b|\bsupplementaires\b|premier|\bsummer\b|\bete\b/;
    for (const f of code) {
      const body = readFileSync(f, 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\/\/.*$/gm, '');
      expect(body.match(words)?.[0], relative(ROOT, f)).toBeUndefined();
    }
    expect(code.length).toBeGreaterThan(10);
  });
});
