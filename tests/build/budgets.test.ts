/**
 * JavaScript budgets per page type, measured on the build (gzip, level 9), counting everything a
 * page loads by itself: inline scripts, script files, island components and renderers, and all
 * their static imports. Code split off behind a dynamic `import()` (loaded only when the visitor
 * asks for it: search, the embed panel, the SMART builder) is not part of the page's load.
 * Content pages: no island and at most 2 KB before the visitor opens search.
 * Tool and embed pages: at most 20 KB in all; the self-audit's pages 22.5 KB (docs/performance.md,
 * "Budgets", has the figures; the goal is 20 KB there too).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMPILE_HINT } from '../../src/build/compile-hints.mjs';
import { budgetOf, scriptsOf } from './budgets';
import { builtPages, distDir, pageType } from './dist';

describe('JavaScript budgets', () => {
  for (const page of builtPages()) {
    const type = pageType(page.path);
    const budget = budgetOf(page.path, type);
    it(`${page.path} (${type}) stays within ${budget / 1024} KB gzip`, () => {
      const { bytes, files } = scriptsOf(page.html);
      if (type === 'content') expect(page.html, 'content pages ship no island').not.toContain('<astro-island');
      expect(bytes, `${bytes} B gzip from ${files.join(', ') || 'inline scripts'}`).toBeLessThanOrEqual(budget);
    });
  }
});

// V8 compiles these files eagerly, off the main thread, only when the hint is their first line
// (src/build/compile-hints.mjs); without it, hydration compiles them on the main thread.
describe('compile hints', () => {
  for (const page of builtPages().filter((p) => pageType(p.path) !== 'content')) {
    it(`every script ${page.path} loads starts with the compile hint`, () => {
      const { files } = scriptsOf(page.html);
      expect(files.length).toBeGreaterThan(0);
      const missing = files.filter((f) => !readFileSync(join(distDir, f), 'utf8').startsWith(COMPILE_HINT));
      expect(missing, 'scripts without the hint').toEqual([]);
    });
  }
});
