/**
 * The dashboard stays responsive on a large export: a small business's 5,000-post year (the bench's
 * export, scripts/bench/dashboard-work.ts) is given to the picker, then the visitor takes the spend
 * column out of the totals and, changing their mind, puts it back at once. The figures are
 * recomputed in the worker (src/lib/dashboard/figures.ts): the totals shown stay on screen, marked
 * busy, until the new ones arrive; the last choice wins; and no task blocks the page's thread for
 * long meanwhile (before, each choice re-read the 5,000 rows on it). Then the visitor saves: the
 * save's JSON is written in the worker, and the page's thread is not blocked long either. That only
 * the newest of quick choices is computed, and older answers dropped, is checked in
 * tests/unit/dashboard-figures.test.ts; the save's rules in tests/unit/dashboard-save.test.ts.
 */
import { makeExport } from '../../scripts/bench/dashboard-work';
import { expect, test } from './fixtures';

test.describe.configure({ timeout: 120_000 });

test('en: a 5,000-row export, the spend column taken out and put back while the totals stay, then saved', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const w = window as unknown as { longTasks: { start: number; duration: number }[] };
    w.longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto('/en/tools/dashboard/');
  await page.getByLabel('Choose one or more exports (CSV or XLSX)').setInputFiles({
    name: 'meta-posts-2026.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(makeExport(5000), 'utf8'),
  });

  const cpc = page.locator('output[data-kpi="cpc"][data-scope="total"][data-method="ratio"]:not([data-network])');
  const results = page.locator('section.dash-results');
  await expect(cpc).toHaveAttribute('data-value', /^\d/, { timeout: 60_000 });
  const spent = await cpc.getAttribute('data-value');
  await expect(page.locator('.dash-file')).toContainText('5,000');

  await page.locator('details.dash-map > summary').click();
  const spend = page.getByLabel('Dépenses (EUR)');
  await expect(spend).toHaveValue('cost');
  const since = await page.evaluate(() => performance.now());

  // Out of the totals, then straight back in: the second choice is made as soon as the page shows
  // that it works on the first, before the worker's answer can arrive (the same task as the mark).
  await spend.selectOption({ label: '(do not use)' });
  const seen = await page.evaluate(
    () =>
      new Promise<{ busy: string | null; cpc: string | null; spend: string }>((resolve) => {
        const section = document.querySelector('section.dash-results');
        const select = [...document.querySelectorAll('select')].find(
          (s) => s.labels[0]?.textContent === 'Dépenses (EUR)',
        );
        const read = () => ({
          busy: section?.getAttribute('aria-busy') ?? null,
          cpc:
            document
              .querySelector('output[data-kpi="cpc"][data-scope="total"][data-method="ratio"]:not([data-network])')
              ?.getAttribute('data-value') ?? null,
          spend: select?.value ?? '',
        });
        const done = () => {
          const state = read();
          if (select) {
            select.value = 'cost';
            select.dispatchEvent(new Event('change', { bubbles: true }));
          }
          resolve(state);
        };
        if (section?.getAttribute('aria-busy') === 'true') return done();
        new MutationObserver((_, observer) => {
          if (section?.getAttribute('aria-busy') !== 'true') return;
          observer.disconnect();
          done();
        }).observe(section ?? document, { attributes: true, attributeFilter: ['aria-busy'] });
      }),
  );
  // While it works: the choice is on screen, and the totals are the previous ones, spend included.
  expect(seen).toEqual({ busy: 'true', cpc: spent, spend: '' });

  await expect(results).not.toHaveAttribute('aria-busy', { timeout: 30_000 });
  await expect(spend).toHaveValue('cost');
  // The last choice wins: the spend is back in the totals.
  await expect(cpc).toHaveAttribute('data-value', spent ?? '');
  await expect(page.locator('.dash-file[aria-busy]')).toHaveCount(0);

  // The best and weakest posts, read like the rest once their list is opened.
  const ranks = page.locator('details.dash-ranks').first();
  await ranks.locator('summary').click();
  await expect(ranks.locator('li').first()).toContainText(/^Engagement rate.*: Best .+, [\d.]+%; Weakest .+, [\d.]+%$/);

  const longestSince = (from: number) =>
    page.evaluate(
      (start) =>
        Math.max(
          0,
          ...(window as unknown as { longTasks: { start: number; duration: number }[] }).longTasks
            .filter((t) => t.start >= start)
            .map((t) => t.duration),
        ),
      from,
    );
  // Re-reading the 5,000 rows on the page's thread made each choice an interaction of 1.7–4.7 s
  // at 4x CPU slowdown on this shared machine (bench, 2 December 2026), and this test (run without
  // slowdown) time out; a render of the totals is a task of a few hundred ms at most, even when
  // the machine is busy (a bound of 250 ms failed once there).
  expect(await longestSince(since)).toBeLessThan(600);

  // Saved in this browser: the worker writes the save's JSON (5,000 posts, about a megabyte) and
  // checks what the key held; the page only stores the text. The working status is empty after.
  const beforeSave = await page.evaluate(() => performance.now());
  await page.getByRole('button', { name: 'Save in this browser' }).click();
  await expect(page.getByText(/^Saved in this browser on \d{4}-\d{2}-\d{2}\./)).toBeVisible({ timeout: 30_000 });
  const saved = await page.evaluate(
    () =>
      JSON.parse(localStorage.getItem('smm-dashboard') ?? 'null') as { version: number; files: { posts: unknown[] }[] },
  );
  expect(saved.version).toBe(1);
  expect(saved.files.map((f) => f.posts.length)).toEqual([5000]);
  await expect(page.locator('p.dash-working[role="status"]')).toHaveText('');
  expect(await longestSince(beforeSave)).toBeLessThan(600);
});
