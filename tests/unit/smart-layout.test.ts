/**
 * The SMART engine's layout holds: each language's words live in fr.ts / en.ts, not in the
 * engine's code. (No import cycle anywhere: tests/unit/repository.test.ts.)
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../src/lib');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('SMART engine layout', () => {
  const files = walk(ROOT);

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
