import { describe, expect, it } from 'vitest';
import { buildManifest, contentHash, isOfflinePage, toolLang, urlOf } from '../../src/build/precache.mjs';

/** A small build, as Astro writes one: pages, hashed chunks that import each other, a style sheet. */
function build(overrides: Record<string, string> = {}): Map<string, Buffer> {
  const files: Record<string, string> = {
    '/': '<html><a href="/fr/">fr</a><link rel="icon" href="/favicon.svg"></html>',
    '/404.html': '<html>404</html>',
    '/favicon.svg': '<svg/>',
    '/embed.js': 'addEventListener("message",()=>0)',
    '/fr/': '<link rel="stylesheet" href="/_astro/base.A1.css"><a href="/fr/guide/">guide</a>',
    '/fr/guide/': '<link rel="stylesheet" href="/_astro/base.A1.css">',
    '/fr/tools/ctr/':
      '<link rel="stylesheet" href="/_astro/base.A1.css"><astro-island component-url="/_astro/Kpi.B2.js" renderer-url="/_astro/client.C3.js"></astro-island>',
    '/fr/embed/ctr/': '<astro-island component-url="/_astro/Kpi.B2.js"></astro-island>',
    '/en/tools/smart/': '<script type="module" src="/_astro/smart.D4.js"></script>',
    '/fr/search/': '<script src="/_astro/search.E5.js"></script>',
    '/fr/404/': '<html>404</html>',
    '/_astro/base.A1.css': 'body{background:url(/_astro/font.F6.woff2)}',
    '/_astro/font.F6.woff2': 'woff',
    '/_astro/Kpi.B2.js': 'import{h}from"./preact.G7.js";export default h',
    '/_astro/preact.G7.js': 'export const h=1',
    '/_astro/client.C3.js': 'import"./preact.G7.js"',
    '/_astro/smart.D4.js':
      'const m=()=>import("./engine-en.H8.js");new Worker(new URL("/_astro/smart.worker.I9.js",import.meta.url))',
    '/_astro/engine-en.H8.js': 'export const rules=[]',
    '/_astro/smart.worker.I9.js': 'onmessage=()=>0',
    '/_astro/search.E5.js': 'import("/pagefind/pagefind.js")',
    '/_astro/unused.J0.js': 'export{}',
    ...overrides,
  };
  return new Map(Object.entries(files).map(([url, text]) => [url, Buffer.from(text)]));
}

describe('the service worker’s manifest, written from the build', () => {
  it('lists each page with the built files it loads, directly or through imports and workers', () => {
    const m = buildManifest(build(), toolLang);
    expect(m.pages['/fr/tools/ctr/']).toEqual([
      '/_astro/Kpi.B2.js',
      '/_astro/base.A1.css',
      '/_astro/client.C3.js',
      '/_astro/font.F6.woff2',
      '/_astro/preact.G7.js',
    ]);
    expect(m.pages['/en/tools/smart/']).toEqual([
      '/_astro/engine-en.H8.js',
      '/_astro/smart.D4.js',
      '/_astro/smart.worker.I9.js',
    ]);
    // Search (Pagefind's index is not kept) and the per-language 404 pages stay out; so do unused chunks.
    expect(Object.keys(m.pages)).not.toContain('/fr/search/');
    expect(Object.keys(m.pages)).not.toContain('/fr/404/');
    expect(Object.keys(m.files)).not.toContain('/_astro/unused.J0.js');
    expect(Object.keys(m.files)).not.toContain('/_astro/search.E5.js');
    expect(m.shared).toEqual(['/', '/404.html', '/favicon.svg', '/embed.js']);
    expect(m.langs).toEqual({ fr: ['/fr/embed/ctr/', '/fr/tools/ctr/'], en: ['/en/tools/smart/'] });
  });

  it('versions by content: the same files give the same version, one changed file changes it and only its hash', () => {
    const a = buildManifest(build(), toolLang);
    expect(buildManifest(build(), toolLang)).toEqual(a);
    const b = buildManifest(
      build({ '/fr/guide/': '<link rel="stylesheet" href="/_astro/base.A1.css"><p>new</p>' }),
      toolLang,
    );
    expect(b.version).not.toBe(a.version);
    const changed = Object.keys(b.files).filter((u) => b.files[u] !== a.files[u]);
    expect(changed).toEqual(['/fr/guide/']);
    expect(a.files['/_astro/preact.G7.js']).toBe(contentHash('export const h=1'));
  });

  it('maps build files to addresses', () => {
    expect(urlOf('index.html')).toBe('/');
    expect(urlOf('fr/tools/ctr/index.html')).toBe('/fr/tools/ctr/');
    expect(urlOf('_astro/x.js')).toBe('/_astro/x.js');
    expect(isOfflinePage('/en/search/')).toBe(false);
    expect(toolLang('/en/embed/audit/')).toBe('en');
    expect(toolLang('/en/guide/kpis/')).toBeUndefined();
    // The dashboard (ExcelJS on demand) is cached when visited, not with every calculator.
    expect(toolLang('/fr/tools/dashboard/')).toBeUndefined();
    expect(toolLang('/fr/tools/ctr/')).toBe('fr');
  });
});
