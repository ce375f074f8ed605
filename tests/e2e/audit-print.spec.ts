/**
 * The self-audit's printed report (A4, Chromium's own PDF), as a small business prints it after a
 * full audit: a bakery (local shop, Instagram and Facebook) that answered every question it is
 * shown, mostly "No" (the longest plan there is). One page per language, every check in it: the
 * page count with and without a comparison of two reports (at most 2 pages without the appendix),
 * no blank page (every page has text), the site's name, the report's full address and full link
 * addresses, the audit's own date, and the appendix of answers when asked for; in French, the same
 * page then opens the bakery's share link weeks later (its own date, not the day it is opened).
 */
import { inflateSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import {
  shareFragment,
  emptyState,
  finishAttempt,
  fitRefs,
  newAttempt,
  questionIds,
  withAnswer,
  withProfile,
  withStep,
  type Answer,
  type Profile,
  type SavedState,
} from '../../src/lib/audit';
import { withShareDate } from '../../src/lib/audit/share-date';
import { AuditDimension } from '../../src/schemas/audit';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { expect, expectNoProblems, test } from './fixtures';

const content = AuditDimension.array().parse(parse(readFileSync('content/audit.yaml', 'utf8')));
const bakery: Profile = { type: 'local', networks: ['instagram', 'facebook'], hours: 3, goal: 'loyalty' };
const refs = fitRefs(content, bakery.type);
const shown = questionIds(refs);

/** Mostly "No", a few "Partly", one "I don't know", the basics of security done. */
function bakeryAnswer(id: string, i: number, round: 0 | 1): Answer {
  if (id === 'accounts-listed') return 'yes';
  if (i % 7 === 3) return 'unknown';
  if (i % 5 === 1 || (round === 1 && i % 3 === 0)) return 'partly';
  return 'no';
}

function answered(state: SavedState, round: 0 | 1, at: Date): SavedState {
  let s = withProfile(state, bakery, at);
  shown.forEach((id, i) => (s = withAnswer(s, id, bakeryAnswer(id, i, round), at)));
  return s;
}

/** The bakery's save: one finished audit (on 30 November), or two (5 October, then 30 November). */
function savedBakery(compare: boolean): string {
  const first = new Date('2026-10-05T09:00:00.000Z');
  const last = new Date('2026-11-30T10:00:00.000Z');
  let s = emptyState(first);
  if (compare) {
    s = finishAttempt(answered(s, 0, first), refs, new Date('2026-10-05T09:20:00.000Z'));
    s = newAttempt(s, last);
  }
  s = finishAttempt(withStep(answered(s, 1, last), content.length, last), refs, new Date('2026-11-30T10:25:00.000Z'));
  return JSON.stringify(s);
}

/** Each page of a PDF written by Chromium, with how many text-showing operators it draws. */
function pdfPages(pdf: Buffer): { textOps: number }[] {
  const text = pdf.toString('latin1');
  const objects = new Map<string, { dict: string; stream?: Buffer }>();
  for (const m of text.matchAll(/(\d+) 0 obj\s*([\s\S]*?)endobj/g)) {
    const body = m[2] ?? '';
    const start = body.indexOf('stream');
    if (start < 0) {
      objects.set(m[1] ?? '', { dict: body });
      continue;
    }
    const dict = body.slice(0, start);
    const offset = (m.index ?? 0) + m[0].indexOf(body) + start + 'stream'.length;
    const from = pdf[offset] === 0x0d ? offset + 2 : offset + 1;
    const length = Number(/\/Length (\d+)/.exec(dict)?.[1] ?? 0);
    objects.set(m[1] ?? '', { dict, stream: pdf.subarray(from, from + length) });
  }
  const pages: { textOps: number }[] = [];
  for (const { dict } of objects.values()) {
    if (!/\/Type\s*\/Page\b(?!s)/.test(dict)) continue;
    const refs = [...(/\/Contents\s*(\[[^\]]*\]|\d+ 0 R)/.exec(dict)?.[1] ?? '').matchAll(/(\d+) 0 R/g)];
    let textOps = 0;
    for (const r of refs) {
      const o = objects.get(r[1] ?? '');
      if (!o?.stream) continue;
      const data = /FlateDecode/.test(o.dict) ? inflateSync(o.stream) : o.stream;
      textOps += data.toString('latin1').match(/\bT[Jj]\b/g)?.length ?? 0;
    }
    pages.push({ textOps });
  }
  return pages;
}

async function openReport(page: Page, path: string, saved?: string) {
  // Every document of the site starts with the save (not about:blank, which has no storage).
  if (saved !== undefined) {
    await page.addInitScript((s) => {
      if (location.protocol.startsWith('http')) localStorage.setItem('smm-audit', s);
    }, saved);
  }
  await page.goto(path);
  await expect(page.locator('.audit[data-ready="true"]')).toBeVisible();
  await expect(page.locator('.audit-report')).toBeVisible();
  await expect(page.locator('.audit-loading')).toHaveCount(0);
}

async function printed(page: Page) {
  await page.emulateMedia({ media: 'print' });
  const pages = pdfPages(Buffer.from(await page.pdf({ format: 'A4' })));
  const text = await page.evaluate(() => document.body.innerText);
  return { pages, text };
}

const SITE = { fr: 'Médias sociaux, mode d’emploi', en: 'Social Media, Explained' } as const;

/** The report as printed: page count, no blank page, the site's name, full addresses. */
async function checkPrinted(page: Page, lang: 'fr' | 'en', label: string, most: number) {
  const printout = await printed(page);
  console.log(`${label}: ${printout.pages.length} A4 page(s)`);
  expect(printout.pages.length, `${label}: at least one page`).toBeGreaterThanOrEqual(1);
  expect(printout.pages.length, `${label}: at most ${most} pages`).toBeLessThanOrEqual(most);
  for (const [i, p] of printout.pages.entries())
    expect(p.textOps, `${label}: page ${i + 1} has text`).toBeGreaterThan(0);
  expect(printout.text, `${label}: the site's name`).toContain(SITE[lang]);
  return printout.text;
}

/** The bakery's own report: the sections the print shows or hides, then the appendix of answers. */
async function ownReport(page: Page, lang: 'fr' | 'en', compare: boolean, baseURL: string | undefined) {
  await test.step('the report on screen', async () => {
    await openReport(page, `/${lang}/tools/audit/`, savedBakery(compare));
    await expect(page.locator('.audit-compare'), 'the comparison of two reports').toHaveCount(compare ? 1 : 0);
    expect(await page.locator('[data-action]').count(), 'the actions of the plan').toBeGreaterThanOrEqual(15);
  });
  await test.step('printed: compact, no blank page, the audit’s own date, full addresses', async () => {
    const label = `${lang}, ${compare ? 'with' : 'without'} comparison`;
    const text = await checkPrinted(page, lang, label, 2);
    expect(text, 'the audit’s own date').toContain(
      lang === 'fr' ? 'Bilan du 30 novembre 2026' : 'Report of November 30, 2026',
    );
    expect(text, 'the report’s full address').toMatch(new RegExp(`${baseURL}/${lang}/tools/audit/#r=2\\.`));
    expect(text, 'the report’s address carries its date').toContain('&date=2026-11-30');
    expect(text, 'full link addresses').toContain(`${baseURL}/${lang}/guide/`);
    // What is only for the screen is not printed.
    await expect(page.locator('.audit-actions'), 'the buttons are not printed').toBeHidden();
    await expect(page.locator('.audit-appendix'), 'no appendix unless asked for').toBeHidden();
    await page.emulateMedia({ media: 'screen' });
  });
  await test.step('printed with the appendix of answers: every question shown, still no blank page', async () => {
    await page.getByRole('checkbox', { name: lang === 'fr' ? /annexe/ : /appendix/ }).check();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.audit-appendix')).toBeVisible();
    await expect(page.locator('.audit-appendix li'), 'one answer per question shown').toHaveCount(shown.length);
    await checkPrinted(page, lang, `${lang}: with the appendix`, 4);
    await page.emulateMedia({ media: 'screen' });
  });
}

test('printed report (fr, two reports compared), then the bakery’s shared link opened weeks later: compact, no blank page, addresses and the audit’s own date', async ({
  page,
  baseURL,
  problems,
}) => {
  await ownReport(page, 'fr', true, baseURL);

  // The bakery's link (one finished audit, 30 November), opened by her adviser on 18 December.
  const saved = JSON.parse(savedBakery(false)) as SavedState;
  const answers = saved.history[0]?.answers ?? {};
  const undated = shareFragment(questionIds(content), answers, bakery);
  const fragment = withShareDate(undated, '2026-11-30');
  await test.step('a shared link opened weeks later shows the audit’s date, on screen', async () => {
    await page.clock.setFixedTime(new Date('2026-12-18T09:00:00'));
    await page.goto('about:blank');
    await openReport(page, `/fr/tools/audit/#${fragment}`);
    await expect(page.getByText(/bilan partagé/).first(), 'says it is a shared report').toBeVisible();
    await expect(page.getByText('Bilan du 30 novembre 2026, partagé'), 'the audit’s date on screen').toBeVisible();
  });
  await test.step('the shared report printed: compact, the audit’s date, never the day it is opened', async () => {
    const text = await checkPrinted(page, 'fr', 'fr, shared', 2);
    expect(text, 'the audit’s date').toContain('Bilan du 30 novembre 2026, partagé');
    expect(text, 'not the day it is opened').not.toContain('18 décembre 2026');
    expect(text, 'the shared report’s full address').toContain(`${baseURL}/fr/tools/audit/#${fragment}`);
    await page.emulateMedia({ media: 'screen' });
  });
  await test.step('a link made before links carried a date says it is undated', async () => {
    await page.evaluate((hash) => (location.hash = hash), undated);
    await expect(
      page.getByText('Bilan partagé, sans date\u202f: le lien ne dit pas quand le diagnostic a été fait.'),
    ).toBeVisible();
    await expect(page.getByText(/Bilan du /), 'no date passed off as the audit’s').toHaveCount(0);
  });
  expectNoProblems(problems);
});

test('printed report (en, one report): compact, no blank page, addresses and date', async ({
  page,
  baseURL,
  problems,
}) => {
  await ownReport(page, 'en', false, baseURL);
  expectNoProblems(problems);
});
