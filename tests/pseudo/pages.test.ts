/**
 * The pseudo-locale's pages (`npm run build:pseudo`, then `npm run test:pseudo`, which also runs
 * the build checks html, headers and budgets on them): built from the copy of the site where
 * scripts/pseudo added the pseudo-locale as a maintainer adds a language. A string left in plain
 * English, a date written by Intl in English, a link to another locale or a language switch that
 * forgets a locale shows here; and the copy differs from the repository only where a language
 * lives (the locale list, the language's folder, content): no registry.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, PSEUDO } from '../../scripts/pseudo/language';
import { CURRENCIES } from '../../src/lib/numbers/currencies';
import { attributeValues, builtPages, decode, distDir } from '../build/dist';

const site = join(distDir, '..');
const root = process.cwd();
const pages = builtPages().filter((page) => page.path.startsWith(`/${PSEUDO.id}/`));

/** Elements whose text is no prose of the page: code, scripts, and text in another language. */
const NOT_PROSE = new RegExp(
  String.raw`<(script|style|template|pre|code|textarea|svg)\b[^>]*>[\s\S]*?<\/\1>|<(\w+)\b[^>]*\blang="(?!${PSEUDO.id}")[^"]*"[^>]*>[\s\S]*?<\/\2>`,
  'g',
);

/** The text a reader sees (and a screen reader reads), tags and code left out. */
export function visibleText(html: string): string {
  const body = html.slice(html.indexOf('<body'));
  return decode(body.replace(NOT_PROSE, ' ').replace(/<[^>]+>/g, ' '))
    .replace(/&nbsp;|&#160;/g, ' ')
    .replace(/\s+/g, ' ');
}

/** Two plain ASCII letters in a row: English the pseudo-locale did not translate. */
const PLAIN = /[A-Za-z]{2,}/g;

/** Words that are no language's: ISO 4217 currency codes. */
const NAMES = new Set<string>(CURRENCIES);

const english = (html: string) => (visibleText(html).match(PLAIN) ?? []).filter((word) => !NAMES.has(word));

describe('the pseudo-locale’s fixture pages', () => {
  it('are built: a chapter, a calculator, the SMART checker and the audit', () => {
    expect(pages.map((p) => p.path)).toEqual(
      expect.arrayContaining([
        `/${PSEUDO.id}/guide/${FIXTURES.chapter.replace(/^\d+-/, '')}/`,
        ...FIXTURES.tools.map((tool) => `/${PSEUDO.id}/tools/${tool}/`),
      ]),
    );
  });

  it('finds English left in a page, and not in code or in another language’s link', () => {
    const html =
      '<body><p>[Ţĥéé] Updated EUR</p><code>ctr=2</code><a href="/fr/" lang="fr">Lire en <b>français</b></a></body>';
    expect(english(html)).toEqual(['Updated']);
  });

  for (const p of pages) {
    describe(p.path, () => {
      it('says its language on <html>', () => {
        expect(/<html[^>]*\blang="([^"]*)"/.exec(p.html)?.[1]).toBe(PSEUDO.id);
      });

      it('shows no English word: every string comes from the pseudo-locale’s dictionary or content', () => {
        expect(english(p.html)).toEqual([]);
      });

      it('links to its own locale only, except the language switch and the alternates', () => {
        const switchLinks = [...p.html.matchAll(/<a [^>]*\bhreflang="([^"]*)"[^>]*>/g)].map((m) => m[0]);
        const html = switchLinks.reduce((text, link) => text.replace(link, ''), p.html);
        const links = attributeValues(html.replace(/<link [^>]*rel="alternate"[^>]*>/g, ''), 'href').filter((href) =>
          /^\/[a-z]{2}(?:-[a-z]{2})?\//.test(href),
        );
        expect(links.filter((href) => !href.startsWith(`/${PSEUDO.id}/`))).toEqual([]);
      });

      it('offers every other locale in its language switch, each in its own language', () => {
        const offered = [...p.html.matchAll(/<a class="lang"[^>]*\bhref="([^"]*)"[^>]*\bhreflang="([^"]*)"/g)].map(
          (m) => [m[2], m[1]],
        );
        const rest = p.path.slice(PSEUDO.id.length + 1);
        expect(offered).toEqual([
          ['fr', `/fr${rest}`],
          ['en', `/en${rest}`],
        ]);
        expect(p.html).toMatch(/<a class="lang"[^>]*lang="fr"[^>]*><span aria-hidden="true"[^>]*>FR<\/span>/);
      });

      it('has every in-page link’s target', () => {
        const ids = new Set(attributeValues(p.html, 'id'));
        const missing = attributeValues(p.html, 'href')
          .filter((href) => href.startsWith('#') && href.length > 1)
          .filter((href) => !ids.has(decodeURIComponent(href.slice(1))));
        expect(missing).toEqual([]);
      });
    });
  }

  it('are named in the alternates of the other locales’ pages', () => {
    const french = builtPages().find((p) => p.path === '/fr/tools/ctr/');
    expect(french?.html).toMatch(new RegExp(`hreflang="${PSEUDO.tag}" href="[^"]*/${PSEUDO.id}/tools/ctr/"`));
  });
});

/** Every file of a folder, as paths relative to it. */
function walk(dir: string, skip: RegExp): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
    .filter((path) => !skip.test(path));
}

describe('adding the pseudo-locale', () => {
  // The language's folder (src/lib/i18n/en-xa/) and content (content/…/en-xa/): its own files.
  const own = new RegExp(`(?:^|/)${PSEUDO.id}/`);
  // Besides: the locale list and the YAML blocks written side by side. No registry: they find the
  // language's folder by themselves (an edit to src/lib/i18n/index.ts or languages/ fails here).
  const languageFiles = [/^src\/lib\/i18n\/locales\.ts$/, /^content\/[\w-]+\.yaml$/];
  const copied = walk(site, /^(?:dist|node_modules|\.astro)\//);
  const repo = new Set(walk(root, /^(?:node_modules|\.git|\.tmp|dist[^/]*|\.astro|test-results)\//));

  it('touched nothing but the locale list, the language’s own folder and content', () => {
    const touched = copied.filter(
      (path) => !repo.has(path) || readFileSync(join(site, path), 'utf8') !== readFileSync(join(root, path), 'utf8'),
    );
    const elsewhere = touched.filter(
      (path) => !own.test(path) && !languageFiles.some((pattern) => pattern.test(path)) && path !== 'astro.config.mjs',
    );
    expect(touched.length).toBeGreaterThan(10);
    expect(elsewhere).toEqual([]);
  });

  it('only took lines out of the build’s config (the preview images) and only pages and content out of the site', () => {
    const config = readFileSync(join(site, 'astro.config.mjs'), 'utf8').split('\n');
    const original = readFileSync(join(root, 'astro.config.mjs'), 'utf8').split('\n');
    expect(config.filter((line) => !original.includes(line))).toEqual([]);
    const inCopy = new Set(copied);
    const left = execFileSync('git', ['ls-files', 'src', 'content'], { cwd: root, encoding: 'utf8' })
      .split('\n')
      .filter((path) => path && existsSync(join(root, path)) && !inCopy.has(path));
    expect(left.filter((path) => !/^(?:src\/pages|content\/(?:guide|tools))\//.test(path))).toEqual([]);
  });
});
