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

test('after one visit, tools, embeds and the guide work with no network; the worker waits while the visitor types', async ({
  page: first,
  context,
}) => {
  test.setTimeout(90_000);
  const errors: string[] = [];
  // The first page's timers run on Playwright's clock, so that "two seconds without a key" is
  // exact whatever the machine's load (src/layouts/Base.astro). The worker's own work is real.
  await first.clock.install();
  first.on('pageerror', (err) => errors.push(err.message));
  const fromWorker: string[] = [];
  context.on('request', (request) => {
    if (request.serviceWorker()) fromWorker.push(request.url());
  });
  const registered = () => first.evaluate(async () => (await navigator.serviceWorker.getRegistration()) !== undefined);
  const cached = () =>
    first.evaluate(async () => {
      const meta = await caches.match('/__smm/manifest.json');
      return meta ? Object.keys((await meta.json()) as object).length : 0;
    });
  const impressions = first.locator('input[name="impressions"]');
  /** A key every 0.6 s for six seconds of the page's clock. */
  const typeForSixSeconds = async () => {
    for (let i = 0; i < 10; i++) {
      await impressions.press(String(i % 10));
      await first.clock.runFor(600);
    }
  };

  await first.goto(`${site.url}/fr/tools/ctr/`);
  await impressions.click();
  await typeForSixSeconds();
  expect(await registered(), 'no worker is registered while the visitor types').toBe(false);
  // Nor while the page says it works (a file being read, an analysis: `aria-busy`).
  await first.evaluate(() => document.querySelector('main')?.setAttribute('aria-busy', 'true'));
  await first.clock.runFor(6_000);
  expect(await registered(), 'no worker is registered while the page works').toBe(false);
  await first.evaluate(() => document.querySelector('main')?.removeAttribute('aria-busy'));
  expect(fromWorker).toEqual([]);

  // Two seconds without a key: the worker installs with this page and the French tools. The visitor
  // types again meanwhile (a key every 0.6 s of the page's clock until the worker is ready).
  await first.clock.runFor(2_500);
  let ready = false;
  const activated = first
    .evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      const worker = registration.active;
      if (worker && worker.state !== 'activated') {
        await new Promise((resolve) => worker.addEventListener('statechange', resolve));
      }
      return worker?.state;
    })
    .finally(() => (ready = true));
  while (!ready) {
    await impressions.press('1');
    await first.clock.runFor(600);
  }
  expect(await activated).toBe('activated');
  const firstVisit = await cached();
  expect(firstVisit).toBeGreaterThan(20);
  const installRequests = fromWorker.length;

  // The rest of the site waits for the next pause too (and never comes with Save-Data).
  await typeForSixSeconds();
  await first.waitForTimeout(500);
  expect(fromWorker.length, 'the worker fetches nothing more while the visitor types').toBe(installRequests);
  expect(await cached()).toBe(firstVisit);
  await first.clock.runFor(2_500);
  // The worker rewrites its manifest once the rest is in.
  await expect.poll(cached, { timeout: 40_000 }).toBeGreaterThan(120);
  expect(fromWorker.length).toBeGreaterThan(installRequests);
  await first.close();

  const page = await context.newPage();
  page.on('pageerror', (err) => errors.push(err.message));
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
