/**
 * The trainers' worksheets printed as Chromium prints them (A4, backgrounds on): each learner
 * sheet and each answer key fits on one or two pages, and no page is blank (every page's content
 * stream draws text). One language: the other has the same layout, and all-pages.spec.ts visits both.
 */
import { inflateSync } from 'node:zlib';
import { expect, expectNoProblems, preloadAxe, test } from './fixtures';
import { checkPage, DESKTOP, trackRequests } from './walk';

/** Whether each page of a PDF draws text, read from its (deflated) content streams. */
function pagesText(pdf: Buffer): { pages: number; drawsText: boolean[] } {
  const source = pdf.toString('latin1');
  // Every object, its dictionary and, for a stream, where its bytes start.
  const objects = new Map<string, { head: string; start: number }>();
  for (const match of source.matchAll(/(\d+) 0 obj\b([\s\S]*?)(stream\r?\n|endobj)/g)) {
    const start = match[3]?.startsWith('stream') ? (match.index ?? 0) + match[0].length : -1;
    objects.set(match[1] ?? '', { head: match[2] ?? '', start });
  }
  const pages = [...objects.values()].filter((o) => /\/Type \/Page\b(?!s)/.test(o.head));
  const drawsText = pages.map((page) => {
    const contents = page.head.match(/\/Contents\s*(\[[^\]]*\]|\d+ 0 R)/)?.[1] ?? '';
    return [...contents.matchAll(/(\d+) 0 R/g)].some(([, id]) => {
      const object = objects.get(id ?? '');
      if (!object || object.start < 0) return false;
      const raw = pdf.subarray(object.start, source.indexOf('endstream', object.start));
      const content = /FlateDecode/.test(object.head) ? inflateSync(raw).toString('latin1') : raw.toString('latin1');
      return /\bT[Jj]\b/.test(content);
    });
  });
  return { pages: pages.length, drawsText };
}

test('the worksheets print on one or two A4 pages each, with no blank page', async ({ page, problems }) => {
  test.setTimeout(8 * 15_000);
  // Each visit also runs the page walk's checks (tests/e2e/walk.ts), which the walk leaves to it.
  await preloadAxe(page);
  await page.setViewportSize(DESKTOP);
  const inFlight = trackRequests(page);
  // The trainers' page lists each lesson with its sheet and its key.
  await checkPage(page, '/fr/trainers/', inFlight);
  const links: string[] = [];
  for (const lesson of ['kpi', 'smart', 'voice']) {
    const item = page.locator(`[data-worksheet="${lesson}"]`);
    await expect(item.locator('ol li').first()).toBeVisible();
    for (const a of await item.locator('a').all()) links.push((await a.getAttribute('href')) ?? '');
  }
  expect(links).toEqual(
    ['kpi', 'smart', 'voice'].flatMap((l) => [`/fr/trainers/worksheets/${l}/`, `/fr/trainers/worksheets/${l}/key/`]),
  );
  for (const path of links) {
    await checkPage(page, path, inFlight);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const { pages, drawsText } = pagesText(pdf);
    expect(pages, `${path}: pages`).toBeGreaterThanOrEqual(1);
    expect(pages, `${path}: pages`).toBeLessThanOrEqual(2);
    expect(drawsText, `${path}: a page without text`).toEqual(Array.from({ length: pages }, () => true));
  }
  // The key's link opens the calculator on the very figure the key prints.
  await page.goto('/fr/trainers/worksheets/kpi/key/');
  const ctr = page.locator('[data-item="ctr"]');
  const printed = await ctr.locator('[data-answer]').getAttribute('data-answer');
  await ctr.locator('a').first().click();
  await expect(page.locator('output[data-kpi="ctr"]')).toHaveAttribute('data-value', printed ?? 'none');
  expectNoProblems(problems);
});
