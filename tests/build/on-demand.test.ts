/**
 * What a tool or embed page loads on demand (the parts behind a dynamic `import()`: "Show the
 * answer", the competitor rows, the several-posts block, the chart, the Share button's code…) must
 * work offline like the rest: the service worker's manifest (/sw.js) lists, for each page, every
 * chunk the page can reach through static and dynamic imports. Tool pages rely on it since their
 * on-demand chunks no longer preload their imports (docs/performance.md, "Budgets").
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { attributeValues, builtPages, distDir, pageType } from './dist';

/** A built JS file and, recursively, every file it imports, statically or on demand. */
function reachable(file: string, seen: Set<string>): void {
  if (seen.has(file)) return;
  seen.add(file);
  const code = readFileSync(join(distDir, file), 'utf8');
  const dir = file.slice(0, file.lastIndexOf('/') + 1);
  for (const m of code.matchAll(
    /(?:\bfrom|\bimport)\s*\(?\s*["'`](\.{1,2}\/[^"'`]+\.js|\/_astro\/[^"'`]+\.js)["'`]/g,
  )) {
    const spec = m[1] ?? '';
    const target = spec.startsWith('/') ? spec : new URL(spec, `http://x${dir}`).pathname;
    if (existsSync(join(distDir, target))) reachable(target, seen);
  }
}

const manifest = () => {
  const source = readFileSync(join(distDir, 'sw.js'), 'utf8');
  const json = /^const MANIFEST = (.*);$/m.exec(source)?.[1] ?? '{}';
  return JSON.parse(json) as { pages: Record<string, string[]> };
};

describe('on-demand parts of the tools work offline', () => {
  const pages = builtPages().filter((p) => pageType(p.path) !== 'content');
  const listed = manifest().pages;

  it('the calculators do load parts on demand (the check below has something to check)', () => {
    const files = new Set<string>();
    const page = pages.find((p) => p.path === '/fr/embed/share-of-voice/');
    for (const url of attributeValues(page?.html ?? '', 'component-url')) reachable(url, files);
    expect([...files].some((f) => /\/Reveal\.[\w-]+\.js$/.test(f))).toBe(true);
    expect([...files].some((f) => /\/KpiCompetitorsBody\.[\w-]+\.js$/.test(f))).toBe(true);
  });

  for (const page of pages) {
    it(`${page.path}: every chunk it can import is in the service worker's list`, () => {
      const files = new Set<string>();
      const urls = [
        ...attributeValues(page.html, 'src').filter((s) => s.endsWith('.js')),
        ...attributeValues(page.html, 'component-url'),
        ...attributeValues(page.html, 'renderer-url'),
      ].filter((url) => url.startsWith('/_astro/'));
      for (const url of urls) reachable(url, files);
      const missing = [...files].filter((f) => !(listed[page.path] ?? []).includes(f));
      expect(missing, 'chunks the page can load but the worker does not keep').toEqual([]);
    });
  }
});
