/**
 * Offline use: after one visit, the service worker holds the tools, the embeds and the
 * guide. The site is served here by a server of the test's own, which the test then shuts down
 * and the browser context goes offline: every answer must come from the service worker's cache.
 */
import { serveStatic, type StaticServer } from '../fixtures/static-server';
import { distDir, expect, test } from './fixtures';

// The offline worker is the subject here (playwright.config.ts blocks it elsewhere).
test.use({ serviceWorkers: 'allow' });

let site: StaticServer;
test.beforeAll(async () => {
  site = await serveStatic(distDir);
});
test.afterAll(async () => site.close());

test('after one visit, tools, embeds and the guide work with no network', async ({ page, context }) => {
  test.setTimeout(90_000);
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(err.message));
  await page.goto(`${site.url}/fr/guide/`);
  // The worker is ready once it has cached every page and the files they load.
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    const worker = registration.active;
    if (worker && worker.state !== 'activated') {
      await new Promise((resolve) => worker.addEventListener('statechange', resolve));
    }
  });
  const state = await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state);
  expect(state).toBe('activated');
  // The French tools come first; the rest of the site once the browser is idle (no Save-Data here).
  // The worker rewrites its manifest once that is done.
  await expect
    .poll(
      () =>
        page.evaluate(async () => {
          const meta = await caches.match('/__smm/manifest.json');
          return meta ? Object.keys((await meta.json()) as object).length : 0;
        }),
      { timeout: 40_000 },
    )
    .toBeGreaterThan(120);

  await site.close();
  await context.setOffline(true);

  await page.goto(`${site.url}/en/tools/ctr/?clicks=3&impressions=60`);
  await expect(page.locator('h1')).toContainText('CTR');
  await expect(page.locator('output[data-kpi="ctr"]')).toHaveAttribute('data-value', '5');

  await page.goto(`${site.url}/fr/embed/roi/?revenue=150&cost=100&size=large`);
  await expect(page.locator('html')).toHaveAttribute('data-size', 'large');
  await expect(page.locator('output[data-kpi="roi"]')).toHaveAttribute('data-value', '50');

  await page.goto(`${site.url}/en/embed/smart/?objective=Gain%20150%20followers%20by%2030%20April`);
  await expect(page.locator('[data-criterion="time-bound"]')).toBeVisible();

  await page.goto(`${site.url}/en/guide/smart-objectives/`);
  await expect(page.locator('h1')).toBeVisible();
  await page.goto(`${site.url}/fr/trainers/`);
  await expect(page.locator('h1')).toContainText('Formateurs');
  expect(errors).toEqual([]);
});
