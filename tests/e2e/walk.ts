/**
 * What every page of the build owes a visitor, checked on one visit (tests/e2e/all-pages.spec.ts
 * walks the pages; kpi, templates and worksheets specs run the same checks on the pages they open,
 * which the walk then leaves out: `checkedElsewhere`): status 200, `lang`, one h1, no axe violation in the
 * page and its frames, and for chapters and tool pages no sideways scrolling at 390 px.
 */
import type { Page } from '@playwright/test';
import { expect, expectAccessible } from './fixtures';

export const DESKTOP = { width: 1280, height: 720 };

/** Chapters and tool pages are read on phones: each is also checked at 390 px, in the same visit. */
export const readOnPhones = (path: string) => /^\/(fr|en)\/(guide|tools)\/[^/]+\/$/.test(path);

/**
 * The calculators' pages (tool and embed, both languages) that tests/e2e/kpi.spec.ts opens
 * prefilled with these queries, with the walk's checks, their results shown. The walk still
 * opens one calculator's pages empty (`WALKED_EMPTY`): every calculator is the same island, so its
 * empty state is checked once per kind of page and language rather than twelve times.
 */
export const CALCULATOR_SAMPLES: Record<string, { query: string; value: number }> = {
  'audience-growth': { query: 'start=1000&end=1250', value: 25 },
  'reach-rate': { query: 'reach=220&followers=10000', value: 2.2 },
  'engagement-rate': { query: 'engagements=50&followers=1000', value: 5 },
  'share-of-voice': { query: 'brand=30&competitors=90', value: 25 },
  ctr: { query: 'clicks=25&impressions=1000', value: 2.5 },
  cpc: { query: 'cost=70&clicks=100', value: 0.7 },
  cpm: { query: 'cost=9.56&impressions=1000', value: 9.56 },
  'conversion-rate': { query: 'conversions=5&clicks=200', value: 2.5 },
  cpa: { query: 'cost=500&conversions=20', value: 25 },
  roi: { query: 'revenue=1500&cost=1000', value: 50 },
  'story-completion': { query: 'first=200&last=174', value: 87 },
  'amplification-rate': { query: 'shares=12&followers=4000', value: 0.3 },
};
export const WALKED_EMPTY = 'ctr';

/**
 * A page another spec opens with these checks, which the walk leaves out: the calculators' pages
 * (kpi.spec.ts, prefilled), the templates' list and printable pages (templates.spec.ts), the
 * French trainers' page and worksheets (worksheets.spec.ts).
 */
export function checkedElsewhere(path: string): boolean {
  if (/^\/(?:fr|en)\/templates\/(?:[^/]+\/)?$/.test(path)) return true;
  if (/^\/fr\/trainers\/(?:worksheets\/[^/]+\/(?:key\/)?)?$/.test(path)) return true;
  const kpi = /^\/(?:fr|en)\/(?:tools|embed)\/([^/]+)\/$/.exec(path)?.[1];
  return kpi !== undefined && kpi !== WALKED_EMPTY && kpi in CALCULATOR_SAMPLES;
}

/**
 * At 390×844 (a common phone): the page never scrolls sideways; a table is either inside a
 * scrollable region or fits the screen; no table cell may break words in the middle.
 */
async function expectReadableOnPhone(page: Page) {
  await page.setViewportSize({ width: 390, height: 844 });
  const report = await page.evaluate(() => {
    const root = document.documentElement;
    const scrolls = (el: Element | null): boolean => {
      for (let e = el; e && e !== document.body; e = e.parentElement) {
        if (/(auto|scroll)/.test(getComputedStyle(e).overflowX)) return true;
      }
      return false;
    };
    const clipped = [...document.querySelectorAll('table')]
      .filter((t) => !scrolls(t.parentElement) && t.getBoundingClientRect().right > root.clientWidth + 1)
      .map((t) => t.querySelector('th')?.textContent?.trim() ?? 'table');
    const breaking = [...document.querySelectorAll('th, td')]
      .map((c) => getComputedStyle(c))
      .filter((s) => /anywhere|break-word/.test(s.overflowWrap) || /break-all/.test(s.wordBreak)).length;
    return { sideways: root.scrollWidth - root.clientWidth, clipped, breaking };
  });
  expect(report.sideways, 'the page scrolls sideways at 390 px').toBeLessThanOrEqual(1);
  expect(report.clipped, 'tables wider than the screen outside a scroll region').toEqual([]);
  expect(report.breaking, 'table cells allowed to break words in the middle').toBe(0);
}

/**
 * Counts the page's requests in flight, for `checkPage` to wait until it is quiet. Call once per
 * browser page, before its first visit.
 */
export function trackRequests(page: Page): () => number {
  let inFlight = 0;
  page.on('request', () => inFlight++);
  page.on('requestfinished', () => inFlight--);
  page.on('requestfailed', () => inFlight--);
  return () => inFlight;
}

/** Waits until the page has loaded and made no request for a moment (its islands have hydrated). */
async function untilQuiet(page: Page, inFlight: () => number) {
  await page.waitForLoadState('load');
  let quietSince = Date.now();
  while (Date.now() - quietSince < 250) {
    if (inFlight() > 0) quietSince = Date.now();
    await page.waitForTimeout(50);
  }
}

/**
 * Opens `address` (a path, with a query or not) and checks it; the viewport is the desktop one
 * before and after. Needs `preloadAxe` on the page and `trackRequests`' counter.
 */
export async function checkPage(page: Page, address: string, inFlight: () => number): Promise<void> {
  const path = address.replace(/[?#].*$/, '');
  const response = await page.goto(address);
  expect(response?.status(), 'status').toBe(200);
  await untilQuiet(page, inFlight);
  const lang = await page.locator('html').getAttribute('lang');
  expect(lang).toMatch(/^(fr|en)$/);
  if (/^\/(fr|en)\//.test(path)) expect(lang).toBe(path.slice(1, 3));
  await expect(page.locator('h1')).toHaveCount(1);
  await expectAccessible(page);
  if (readOnPhones(path)) {
    await expectReadableOnPhone(page);
    await page.setViewportSize(DESKTOP);
  }
}
