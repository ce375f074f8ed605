/**
 * Every page in the sitemap is ready to be shared and installed: Open Graph and Twitter card tags,
 * its own preview image (a 1200×630 PNG under 100 KB that exists in the build), JSON-LD that parses
 * and says what the page is, a link to its locale's manifest, whose icons exist at their sizes.
 * Every page with the site's footer links to the legal notice and the privacy page; every page but
 * the embeds (framed in other sites) has that footer, and the bilingual landing page links to both
 * languages' pages.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { attributeValues, builtPages, decode, distDir, pageType } from './dist';

const PNG_SIGNATURE = '89504e470d0a1a0a';

/** Width and height from a PNG's IHDR chunk, or undefined when the file is not a PNG. */
export function pngSize(file: string): { width: number; height: number } | undefined {
  const head = readFileSync(file).subarray(0, 24);
  if (head.subarray(0, 8).toString('hex') !== PNG_SIGNATURE || head.subarray(12, 16).toString('ascii') !== 'IHDR') {
    return undefined;
  }
  return { width: head.readUInt32BE(16), height: head.readUInt32BE(20) };
}

/** The content of `<meta property|name="key" content="...">` tags (our own markup). */
function metas(html: string, key: string): string[] {
  const re = new RegExp(`<meta (?:property|name)="${key.replace(/[.:]/g, '\\$&')}" content="([^"]*)"`, 'g');
  return [...html.matchAll(re)].map((m) => decode(m[1] ?? ''));
}

type Node = Record<string, unknown>;

const sitemap = readFileSync(join(distDir, 'sitemap-0.xml'), 'utf8');
const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? ''));
const pages = new Map(builtPages().map((p) => [p.path, p]));
const origin = listed[0]?.origin ?? '';

/** A file of the build from an absolute URL of the site. */
const fileOf = (url: URL) => join(distDir, decodeURIComponent(url.pathname));

describe('the sitemap', () => {
  it('lists the pages, including the legal notice and the privacy page in both locales', () => {
    const paths = listed.map((u) => u.pathname);
    expect(paths.length).toBeGreaterThan(30);
    for (const path of ['/fr/legal/', '/en/legal/', '/fr/privacy/', '/en/privacy/']) expect(paths).toContain(path);
  });
});

describe('share-ready pages', () => {
  for (const url of listed) {
    const path = url.pathname;
    it(`${path} has its cards, its image, its JSON-LD and its manifest`, () => {
      const page = pages.get(path);
      expect(page, 'built').toBeDefined();
      const html = page?.html ?? '';
      const lang = path.startsWith('/en/') ? 'en' : 'fr';
      const canonicalHref = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1] ?? '';

      // Open Graph and Twitter.
      expect(metas(html, 'og:title')[0]?.trim()).toBeTruthy();
      expect(metas(html, 'og:description')[0]?.length ?? 0).toBeGreaterThan(20);
      expect(metas(html, 'og:url')).toEqual([url.href]);
      expect(canonicalHref).toBe(url.href);
      expect(metas(html, 'og:type')[0]).toMatch(/^(website|article)$/);
      expect(metas(html, 'og:locale')).toEqual([lang === 'fr' ? 'fr_FR' : 'en_GB']);
      expect(metas(html, 'og:locale:alternate')).toEqual([lang === 'fr' ? 'en_GB' : 'fr_FR']);
      expect(metas(html, 'twitter:card')).toEqual(['summary_large_image']);
      expect(metas(html, 'og:image:width')).toEqual(['1200']);
      expect(metas(html, 'og:image:height')).toEqual(['630']);
      expect(metas(html, 'og:image:alt')[0]?.trim()).toBeTruthy();

      // The image: absolute, on the site, in the build, the right size and weight, its own.
      const image = new URL(metas(html, 'og:image')[0] ?? '');
      expect(image.origin).toBe(origin);
      const file = fileOf(image);
      expect(existsSync(file), `${image.pathname} exists`).toBe(true);
      expect(pngSize(file)).toEqual({ width: 1200, height: 630 });
      expect(statSync(file).size).toBeLessThan(100 * 1024);

      // JSON-LD: parses, has the page's node and its breadcrumbs.
      const json = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
      const graph = (JSON.parse(json) as { '@graph': Node[] })['@graph'];
      const [main] = graph;
      const crumbs = graph.find((n) => n['@type'] === 'BreadcrumbList');
      expect(main?.['url']).toBe(url.href);
      const items = (crumbs?.['itemListElement'] ?? []) as Node[];
      expect(items.map((i) => i['position'])).toEqual(items.map((_, i) => i + 1));
      expect(items.at(-1)?.['item']).toBe(url.href);
      const expected = /^\/(fr|en)\/guide\/([^/]+\/)?$/.test(path)
        ? 'LearningResource'
        : /^\/(fr|en)\/glossary\/$/.test(path)
          ? 'DefinedTermSet'
          : pageType(path) === 'tool'
            ? 'WebApplication'
            : /^\/((fr|en)\/)?$/.test(path)
              ? 'WebSite'
              : 'WebPage';
      expect(main?.['@type']).toBe(expected);
      if (expected === 'LearningResource') {
        expect(main?.['inLanguage']).toBe(lang === 'fr' ? 'fr-FR' : 'en');
        expect(main?.['educationalLevel']).toBeTruthy();
        expect(main?.['timeRequired']).toMatch(/^PT\d+M$/);
        expect((main?.['isPartOf'] as Node | undefined)?.['@id']).toMatch(/^https?:\/\//);
      }
      if (expected === 'DefinedTermSet') {
        const terms = main?.['hasDefinedTerm'] as Node[];
        expect(terms.length).toBeGreaterThan(10);
        const ids = new Set(attributeValues(html, 'id'));
        for (const term of terms) {
          expect(term['@type']).toBe('DefinedTerm');
          expect(ids.has(String(term['@id']).split('#')[1] ?? ''), `${String(term['@id'])} anchor`).toBe(true);
        }
      }

      // Installable: the locale's manifest, its icons, the dark theme colour.
      const manifests = /<link rel="manifest" href="([^"]+)"/.exec(html)?.[1];
      expect(manifests).toBe(`/${lang}/manifest.webmanifest`);
      expect(metas(html, 'theme-color').length).toBe(2);
      expect(html).toMatch(/<meta name="theme-color" content="#[0-9a-f]{6}" media="\(prefers-color-scheme: dark\)"/);
    });
  }
});

describe('manifests and icons', () => {
  for (const lang of ['fr', 'en']) {
    it(`/${lang}/manifest.webmanifest names the site, starts in ${lang} and its icons exist at their sizes`, () => {
      const manifest = JSON.parse(readFileSync(join(distDir, lang, 'manifest.webmanifest'), 'utf8')) as {
        name: string;
        start_url: string;
        display: string;
        theme_color: string;
        icons: { src: string; sizes: string; type: string; purpose: string }[];
      };
      expect(manifest.name.length).toBeGreaterThan(5);
      expect(manifest.start_url).toBe(`/${lang}/`);
      expect(manifest.display).toBe('standalone');
      expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/);
      const pngs = manifest.icons.filter((i) => i.type === 'image/png');
      expect(pngs.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
      expect(pngs.some((i) => i.purpose === 'maskable')).toBe(true);
      for (const icon of pngs) {
        const [w, h] = icon.sizes.split('x').map(Number);
        expect(pngSize(join(distDir, icon.src)), icon.src).toEqual({ width: w, height: h });
      }
    });
  }
});

describe('footers, share links and the Share button', () => {
  it('every page but the embeds has a footer; the landing page’s links to both languages', () => {
    const without = builtPages()
      .filter((p) => pageType(p.path) !== 'embed' && !p.html.includes('class="site-footer'))
      .map((p) => p.path);
    expect(without).toEqual([]);
    const landing = builtPages().find((p) => p.path === '/');
    const hrefs = attributeValues(landing?.html ?? '', 'href');
    for (const href of ['/fr/legal/', '/fr/privacy/', '/en/legal/', '/en/privacy/']) expect(hrefs).toContain(href);
  });

  for (const page of builtPages()) {
    if (!page.html.includes('class="site-footer"')) continue;
    it(`${page.path} links to the legal notice and the privacy page; shares without any script from elsewhere`, () => {
      const lang = page.html.match(/<html lang="(fr|en)"/)?.[1] ?? 'fr';
      const hrefs = attributeValues(page.html, 'href');
      expect(hrefs).toContain(`/${lang}/legal/`);
      expect(hrefs).toContain(`/${lang}/privacy/`);
      const scripts = attributeValues(page.html, 'src').filter((s) => /\.js$/.test(s));
      expect(scripts.filter((s) => /^(https?:)?\/\//.test(s))).toEqual([]);
      const inSitemap = listed.some((u) => u.pathname === page.path);
      const legal = /\/(legal|privacy)\/$/.test(page.path);
      if (pageType(page.path) === 'tool') {
        expect(page.html).toContain('data-share-button');
        expect(page.html).not.toContain('data-share-links');
      } else if (inSitemap && !legal) {
        const block = /<section[^>]*data-share-links[^>]*>[\s\S]*?<\/section>/.exec(page.html)?.[0] ?? '';
        const share = attributeValues(block, 'href');
        expect(share.map((h) => new URL(h).protocol + new URL(h).host)).toEqual([
          'https:www.linkedin.com',
          'https:www.facebook.com',
          'https:x.com',
          'https:wa.me',
          'mailto:',
        ]);
        const canonical = /<link rel="canonical" href="([^"]+)"/.exec(page.html)?.[1] ?? '';
        for (const href of share) expect(href).toContain(encodeURIComponent(canonical));
      }
    });
  }
});
