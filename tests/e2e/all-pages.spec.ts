/**
 * Walks every page of the build, in both locales, and checks what every page owes a visitor:
 * it loads, it has one h1 and a lang, nothing breaks in the console, the CSP is never violated,
 * nothing is requested from another origin, and axe finds no WCAG 2.2 AA violation
 * (tests/e2e/walk.ts). The calculators' pages are checked the same way by kpi.spec.ts, which opens
 * them prefilled (the walk opens one calculator's pages empty), the templates' pages by
 * templates.spec.ts and the French worksheets by worksheets.spec.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Request } from '@playwright/test';
import { builtPages, distDir, expect, expectAccessible, expectNoProblems, preloadAxe, test } from './fixtures';
import { templateIds } from '../../src/lib/templates/ids';
import { CALCULATOR_SAMPLES, checkPage, checkedElsewhere, DESKTOP, trackRequests, WALKED_EMPTY } from './walk';

/** The site's pages (those another spec opens with the same checks are left to it: walk.ts). */
const allPages = builtPages().filter((p) => p !== '/404');
const pages = allPages.filter((p) => !checkedElsewhere(p));

test('the sitemap lists every content page, in both locales', () => {
  const index = readFileSync(join(distDir, 'sitemap-0.xml'), 'utf8');
  const listed = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname);
  expect(listed.length).toBeGreaterThan(10);
  for (const path of listed) expect(allPages).toContain(path);
  for (const lang of ['fr', 'en']) {
    expect(listed.filter((p) => p.startsWith(`/${lang}/`)).length).toBeGreaterThan(5);
  }
});

test('the pages the walk leaves out are exactly those the kpi, templates and worksheets specs open', () => {
  const opened = ['fr', 'en'].flatMap((lang) => [
    ...Object.keys(CALCULATOR_SAMPLES)
      .filter((kpi) => kpi !== WALKED_EMPTY)
      .flatMap((kpi) => [`/${lang}/tools/${kpi}/`, `/${lang}/embed/${kpi}/`]),
    `/${lang}/templates/`,
    ...templateIds.map((id) => `/${lang}/templates/${id}/`),
  ]);
  opened.push(
    '/fr/trainers/',
    ...['kpi', 'smart', 'voice'].flatMap((l) => [`/fr/trainers/worksheets/${l}/`, `/fr/trainers/worksheets/${l}/key/`]),
  );
  expect(allPages.filter(checkedElsewhere).sort()).toEqual(opened.sort());
  expect(pages.length + opened.length).toBe(allPages.length);
});

/**
 * The walk shares one browser page per group of pages, as a reader moving from page to page does:
 * a fresh browser context for each page cost more than the checks themselves (measured here: about
 * two seconds a page, to start a context and fetch the style sheets, fonts and scripts again).
 * Every page is still loaded from the server and checked on its own; a failing page does not stop
 * the walk, and the failure names the page.
 */
const GROUPS = 8;
const groups = Array.from({ length: GROUPS }, (_, g) => pages.filter((_, i) => i % GROUPS === g));

for (const [g, group] of groups.entries()) {
  test(`pages, group ${g + 1} of ${GROUPS}: ${group[0]} and ${group.length - 1} more`, async ({ page, problems }) => {
    test.setTimeout(group.length * 15_000);
    await preloadAxe(page);
    await page.setViewportSize(DESKTOP);
    const inFlight = trackRequests(page);
    const failures: string[] = [];
    for (const path of group) {
      problems.list = [];
      try {
        await checkPage(page, path, inFlight);
        expectNoProblems(problems);
      } catch (error) {
        failures.push(`${path}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    expect(failures, failures.join('\n\n')).toEqual([]);
  });
}

// The site-wide pages and paths, in one browser page, one named step each (a fresh browser page
// for each cost more than its checks).
test('the 404 page, the landing page, the language switch, canonical URLs and hreflang, the skip link, search in both languages', async ({
  page,
  problems,
}) => {
  test.setTimeout(120_000);
  await test.step('an unknown address gets the 404 page, in both languages', async () => {
    const response = await page.goto('/nowhere/to-be-found/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'Page introuvable' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Page not found' })).toBeVisible();
    await expectAccessible(page);
    // The browser logs the document's own 404 status; that one is expected.
    problems.list = problems.list.filter((p) => !p.includes('status of 404'));
  });
  await test.step('the landing page offers both languages without a script or a redirect', async () => {
    const response = await page.goto('/');
    expect(response?.status()).toBe(200);
    expect(page.url()).toMatch(/\/$/);
    // No script to run (its structured data is a JSON-LD data block, which never runs).
    await expect(page.locator('script:not([type="application/ld+json"])')).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Lire en français' })).toHaveAttribute('href', '/fr/');
    await expect(page.getByRole('link', { name: 'Read in English' })).toHaveAttribute('href', '/en/');
    // Its footer leads to the legal notice and the privacy page in both languages.
    const footer = page.locator('footer');
    await expect(footer.getByRole('link', { name: 'Mentions légales' })).toHaveAttribute('href', '/fr/legal/');
    await expect(footer.getByRole('link', { name: 'Confidentialité' })).toHaveAttribute('href', '/fr/privacy/');
    await expect(footer.getByRole('link', { name: 'Legal notice' })).toHaveAttribute('href', '/en/legal/');
    await expect(footer.getByRole('link', { name: 'Privacy' })).toHaveAttribute('href', '/en/privacy/');
    await expectAccessible(page);
  });
  await test.step('the language switch leads to the same page in the other locale; canonical URL, hreflang; skip link', async () => {
    await page.goto('/fr/glossary/');
    await page
      .getByRole('link', { name: /Read in English|English/ })
      .first()
      .click();
    await expect(page).toHaveURL(/\/en\/glossary\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page
      .getByRole('link', { name: /Lire en français|Français/ })
      .first()
      .click();
    await expect(page).toHaveURL(/\/fr\/glossary\/$/);

    // Every page has a canonical URL and hreflang alternates.
    await page.goto('/en/guide/');
    await expect(page.locator('link[rel=canonical]')).toHaveAttribute('href', /\/en\/guide\/$/);
    await expect(page.locator('link[rel=alternate][hreflang=fr-FR]')).toHaveAttribute('href', /\/fr\/guide\/$/);
    await expect(page.locator('link[rel=alternate][hreflang=en]')).toHaveAttribute('href', /\/en\/guide\/$/);

    // The skip link moves focus to the main content.
    await page.goto('/fr/guide/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Aller au contenu' });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#main$/);
  });
  for (const [lang, query, label] of [
    ['fr', 'engagement', 'Rechercher sur le site'],
    ['en', 'engagement', 'Search the site'],
  ] as const) {
    await test.step(`search finds pages in ${lang} and loads Pagefind only when asked`, async () => {
      const pagefindRequests: string[] = [];
      const listen = (r: Request) => {
        if (r.url().includes('/pagefind/')) pagefindRequests.push(r.url());
      };
      page.on('request', listen);
      await page.goto(`/${lang}/guide/`);
      await page.waitForLoadState('networkidle');
      expect(pagefindRequests).toEqual([]);
      await page.getByRole('searchbox', { name: label }).first().fill(query);
      await page.getByRole('searchbox', { name: label }).first().press('Enter');
      await expect(page).toHaveURL(new RegExp(`/${lang}/search/\\?q=${query}`));
      const results = page.locator('#search-results li');
      await expect(results.first()).toBeVisible({ timeout: 10_000 });
      const hrefs = await results.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
      expect(hrefs.length).toBeGreaterThan(0);
      for (const href of hrefs) expect(href).toMatch(new RegExp(`^/${lang}/`));
      expect(pagefindRequests.length).toBeGreaterThan(0);
      page.off('request', listen);
    });
  }
  expectNoProblems(problems);
});

test('the accessibility check finds violations, in the page and inside its frames', async ({ page }) => {
  // A photo without a text alternative, then a field without a label inside a frame: both must fail.
  await page.setContent('<!doctype html><html lang="en"><title>t</title><main><img src="data:,"></main></html>');
  await expect(expectAccessible(page)).rejects.toThrow(/image-alt/);
  await page.setContent(
    '<!doctype html><html lang="en"><title>t</title><main><iframe title="tool" srcdoc="<!doctype html><html lang=en><title>f</title><input>"></iframe></main></html>',
  );
  await expect(expectAccessible(page)).rejects.toThrow(/label/);
});
