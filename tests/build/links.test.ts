/** No broken internal link or fragment anywhere in the build. */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { attributeValues, builtPages, distDir } from './dist';

const pages = builtPages();
const idsByPath = new Map(pages.map((p) => [p.path, new Set(attributeValues(p.html, 'id'))]));

function resolveTarget(from: string, href: string): URL | undefined {
  if (/^(mailto|tel|javascript|data):/i.test(href)) return undefined;
  const url = new URL(href, `http://site.test${from}`);
  return url.host === 'site.test' ? url : undefined;
}

function exists(pathname: string): boolean {
  const decoded = decodeURIComponent(pathname);
  const file = join(distDir, decoded);
  if (existsSync(file) && statSync(file).isFile()) return true;
  return existsSync(join(file, 'index.html')) || existsSync(`${file}.html`);
}

describe('internal links', () => {
  for (const page of pages) {
    it(`${page.path} links only to pages and fragments that exist`, () => {
      const broken: string[] = [];
      const refs = [...attributeValues(page.html, 'href'), ...attributeValues(page.html, 'src')];
      for (const href of refs) {
        const url = resolveTarget(page.path, href);
        if (!url) continue;
        if (!exists(url.pathname)) {
          broken.push(`${href} (no such page)`);
          continue;
        }
        if (url.hash.length > 1) {
          const ids = idsByPath.get(url.pathname);
          const id = decodeURIComponent(url.hash.slice(1));
          if (ids && !ids.has(id)) broken.push(`${href} (no element with id "${id}")`);
        }
      }
      expect(broken, broken.join('\n')).toEqual([]);
    });
  }

  it('the pages reference each other: every page but the error pages is linked from somewhere', () => {
    const linked = new Set<string>();
    for (const page of pages) {
      for (const href of attributeValues(page.html, 'href')) {
        const url = resolveTarget(page.path, href);
        if (url) linked.add(url.pathname);
      }
    }
    const orphans = pages
      .map((p) => p.path)
      .filter((p) => !linked.has(p) && p !== '/' && !/404/.test(p) && !/\/embed\//.test(p));
    expect(orphans).toEqual([]);
  });
});
