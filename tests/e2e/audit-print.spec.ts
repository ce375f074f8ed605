/**
 * The self-audit's printed report (A4, Chromium's own PDF), as a small business prints it after a
 * full audit: a bakery (local shop, Instagram and Facebook) that answered every question it is
 * shown, mostly "No" (the longest plan there is). One page visit per scenario, every check in it:
 * the page count with and without a comparison of two reports (at most 2 pages without the
 * appendix), no blank page (every page has text), the site's name, the report's full address and
 * full link addresses, the audit's own date, and the appendix of answers when asked for.
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
  if (saved !== undefined) await page.addInitScript((s) => localStorage.setItem('smm-audit', s), saved);
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

for (const [lang, compare] of [
  ['fr', true],
  ['en', false],
] as const) {
  test(`printed report (${lang}, ${compare ? 'two reports compared' : 'one report'}): compact, no blank page, addresses and date`, async ({
    page,
    baseURL,
    problems,
  }) => {
    await openReport(page, `/${lang}/tools/audit/`, savedBakery(compare));
    await expect(page.locator('.audit-compare')).toHaveCount(compare ? 1 : 0);
    const actions = await page.locator('[data-action]').count();
    expect(actions).toBeGreaterThanOrEqual(15);

    const { pages, text } = await printed(page);
    console.log(`${lang}: ${actions} actions, ${compare ? 'with' : 'without'} comparison: ${pages.length} A4 page(s)`);
    expect(pages.length).toBeGreaterThanOrEqual(1);
    expect(pages.length).toBeLessThanOrEqual(2);
    for (const [i, p] of pages.entries()) expect(p.textOps, `page ${i + 1} has text`).toBeGreaterThan(0);
    // The site's name, the report's own date, its full address and full link addresses.
    expect(text).toContain(SITE[lang]);
    expect(text).toContain(lang === 'fr' ? 'Bilan du 30 novembre 2026' : 'Report of November 30, 2026');
    expect(text).toMatch(new RegExp(`${baseURL}/${lang}/tools/audit/#r=2\\.`));
    expect(text).toContain(`${baseURL}/${lang}/guide/`);
    // What is only for the screen is not printed.
    await expect(page.locator('.audit-actions')).toBeHidden();
    await expect(page.locator('.audit-appendix')).toBeHidden();
    await page.emulateMedia({ media: 'screen' });

    // With the appendix of answers: every question shown, with its answer; still no blank page.
    await page.getByRole('checkbox', { name: lang === 'fr' ? /annexe/ : /appendix/ }).check();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.audit-appendix')).toBeVisible();
    await expect(page.locator('.audit-appendix li')).toHaveCount(shown.length);
    const withAppendix = await printed(page);
    console.log(`${lang}: with the appendix: ${withAppendix.pages.length} A4 page(s)`);
    expect(withAppendix.pages.length).toBeLessThanOrEqual(4);
    for (const [i, p] of withAppendix.pages.entries()) expect(p.textOps, `page ${i + 1} has text`).toBeGreaterThan(0);
    expectNoProblems(problems);
  });
}

test('a shared report prints compact, says it is a shared one opened today, with its full address', async ({
  page,
  baseURL,
  problems,
}) => {
  // The bakery's link, opened by her adviser (nothing saved in this browser).
  const saved = JSON.parse(savedBakery(false)) as SavedState;
  const answers = saved.history[0]?.answers ?? {};
  const fragment = shareFragment(questionIds(content), answers, bakery);
  await openReport(page, `/fr/tools/audit/#${fragment}`);
  await expect(page.getByText(/bilan partagé/).first()).toBeVisible();
  const { pages, text } = await printed(page);
  console.log(`fr, shared: ${pages.length} A4 page(s)`);
  expect(pages.length).toBeLessThanOrEqual(2);
  for (const [i, p] of pages.entries()) expect(p.textOps, `page ${i + 1} has text`).toBeGreaterThan(0);
  expect(text).toContain(SITE.fr);
  expect(text).toMatch(/Bilan partagé, ouvert le \d{1,2} [a-zéû]+ \d{4}/);
  expect(text).not.toContain('Bilan du ');
  expect(text).toContain(`${baseURL}/fr/tools/audit/#${fragment}`);
  expectNoProblems(problems);
});
