/**
 * scripts/node/glob-hooks.mjs: what Node (the end-to-end tests, scripts) gets for Vite's
 * `import.meta.glob`. Each registry of the repository, written out by the hook, must give the
 * same table as Vite gives here (Vitest runs on Vite).
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandGlobs } from '../../scripts/node/glob-hooks.mjs';
import { dictionaries } from '../../src/lib/i18n';
import { dateWords } from '../../src/lib/i18n/languages/dates';
import { numberSymbols } from '../../src/lib/i18n/languages/numbers';
import { smartEngines } from '../../src/lib/i18n/languages/smart-engines';

/** The registry's code with its types stripped as Playwright strips them (`glob<T>(` → `glob(`). */
const stripped = (file: string) =>
  readFileSync(file, 'utf8').replace(/import\.meta\.glob<[^(]*>\(/g, 'import.meta.glob(');

/** The keys of the object each call became, in order. */
function keysOf(code: string): string[][] {
  return [...code.matchAll(/\(\{ ([^)]*?) \}\)/g)].map((m) =>
    [...(m[1] ?? '').matchAll(/"([^"]+)": /g)].map((k) => k[1] ?? ''),
  );
}

describe('import.meta.glob for Node', () => {
  it('writes each registry with the same modules as Vite finds, leaving the registry itself out', () => {
    const numbers = expandGlobs(
      stripped('src/lib/i18n/languages/numbers.ts'),
      resolve('src/lib/i18n/languages/numbers.ts'),
    );
    expect(keysOf(numbers)).toEqual([['../en/numbers.ts', '../fr/numbers.ts']]);
    expect(numbers).toContain('import * as __glob_0 from "../en/numbers.ts";');
    expect(numbers).toContain('"../fr/numbers.ts": __glob_1["numberSymbols"]');
    expect(Object.keys(numberSymbols)).toEqual(['fr', 'en']);

    const dictionaryCode = expandGlobs(stripped('src/lib/i18n/index.ts'), resolve('src/lib/i18n/index.ts'));
    expect(keysOf(dictionaryCode)).toEqual([['./en/index.ts', './fr/index.ts']]);
    expect(Object.keys(dictionaries)).toEqual(['fr', 'en']);
    expect(Object.keys(dateWords)).toEqual(['fr', 'en']);
  });

  it('writes a lazy glob as one import() per module, and leaves out what a "!" pattern names', () => {
    const engines = expandGlobs(
      stripped('src/lib/i18n/languages/smart-engines.ts'),
      resolve('src/lib/i18n/languages/smart-engines.ts'),
    );
    expect(engines).toContain('"../fr/engine.ts": () => import("../fr/engine.ts")');
    expect(engines).not.toContain('import * as');
    expect(Object.keys(smartEngines)).toEqual(['fr', 'en']);

    const rules = expandGlobs(stripped('src/lib/smart/analyze.ts'), resolve('src/lib/smart/analyze.ts'));
    expect(keysOf(rules)).toEqual([['../i18n/en/smart-rules.ts', '../i18n/fr/smart-rules.ts']]);
  });

  it('leaves a call named in a comment alone, and code without a glob untouched', () => {
    const dir = mkdtempSync(join(tmpdir(), 'glob-'));
    mkdirSync(join(dir, 'a'));
    writeFileSync(join(dir, 'a', 'x.ts'), 'export const x = 1;');
    const code = [
      "// import.meta.glob('./nothing/*') in a comment",
      " * `import.meta.glob('../*\\/numbers.ts', …)` in a doc comment",
      "export const t = import.meta.glob('./*/x.ts', { eager: true, import: 'x' });",
    ].join('\n');
    const out = expandGlobs(code, join(dir, 'registry.ts'));
    expect(keysOf(out)).toEqual([['./a/x.ts']]);
    expect(out).toContain("// import.meta.glob('./nothing/*') in a comment");
    expect(expandGlobs('export const y = 2;', join(dir, 'y.ts'))).toBe('export const y = 2;');
  });
});
