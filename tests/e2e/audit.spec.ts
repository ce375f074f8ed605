/**
 * The self-audit in a real browser, in both locales: answer everything, reload and resume, print
 * media renders the report, a corrupted save is set aside, the embed runs the same quiz, and the
 * share link opened later with nothing saved shows the same result and the audit's own date; then
 * two tabs in turn. Expected scores come from src/lib/audit, fed with the same answers. Each
 * language is one test in one browser page (a fresh context costs ~1.7 CPU-s; see README.md).
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { parse } from 'yaml';
import { ANSWERS, fitRefs, questionIds, scoreAudit, shownFor, type Answer, type Answers } from '../../src/lib/audit';
import { localDay } from '../../src/lib/audit/share-date';
import { dayOf } from '../../src/lib/days';
import { formatLongDate } from '../../src/lib/i18n/dates';
import { AuditDimension } from '../../src/schemas/audit';
import { expect, expectAccessible, expectNoProblems, test } from './fixtures';

const content = AuditDimension.array().parse(parse(readFileSync('content/audit.yaml', 'utf8')));
const ids = questionIds(content);

const L = {
  fr: {
    answer: { no: 'Non', partly: 'En partie', yes: 'Oui', unknown: 'Je ne sais pas' },
    next: 'Suivant',
    back: 'Précédent',
    results: 'Voir les résultats',
    report: 'Votre bilan',
    share: 'Lien de partage de ce bilan',
    shared: /bilan partagé/,
    profile: 'Votre activité',
    skip: 'Passer cette étape',
  },
  en: {
    answer: { no: 'No', partly: 'Partly', yes: 'Yes', unknown: 'I don’t know' },
    next: 'Next',
    back: 'Back',
    results: 'See the results',
    report: 'Your report',
    share: 'Share link for this report',
    shared: /shared report/,
    profile: 'Your business',
    skip: 'Skip this step',
  },
} as const;

/** A fixed mix of answers: question i gets ANSWERS[(i * 3 + offset) % 4]. */
function answersFor(offset: number): Answers {
  return Object.fromEntries(ids.map((id, i) => [id, ANSWERS[(i * 3 + offset) % 4] as Answer]));
}

/** Opens the audit; a fresh one starts on the business profile, skipped here unless `profile`. */
async function open(page: Page, path: string, skipProfile = true) {
  await page.goto(path);
  await expect(page.locator('.audit[data-ready="true"]')).toBeVisible();
  await expect(page.locator('.audit-loading')).toHaveCount(0);
  if (!skipProfile) return;
  const lang = path.startsWith('/en/') || path.includes('/en/') ? 'en' : 'fr';
  const skip = page.getByRole('button', { name: L[lang].skip });
  if (await skip.isVisible()) await skip.click();
}

/** The bakery of the issue, set up by a trainer's link (French run); the English run skips the profile. */
const CASE = { fr: '?type=local&networks=instagram,facebook&hours=3&goal=loyalty', en: '' } as const;
const TYPE = { fr: 'local', en: undefined } as const;

async function answerStep(page: Page, lang: 'fr' | 'en', dimensionIndex: number, answers: Answers) {
  const dimension = content[dimensionIndex];
  if (!dimension) throw new Error('no such dimension');
  await expect(page.getByRole('heading', { level: 2, name: dimension[lang].title })).toBeFocused();
  for (const q of dimension.questions.filter((x) => shownFor(x, TYPE[lang]))) {
    const answer = answers[q.id];
    if (answer === undefined) continue;
    await page
      .getByRole('group', { name: q[lang].question })
      .getByRole('radio', { name: L[lang].answer[answer], exact: true })
      .check();
  }
}

/** The report's figures: the overall score and each area's, as src/lib/audit computes them. */
async function expectScores(page: Page, expected: ReturnType<typeof scoreAudit>, what: string) {
  await expect(page.locator('.audit-overall'), `${what}: overall score`).toHaveAttribute(
    'data-percent',
    String(Math.round(expected.percent)),
  );
  for (const d of expected.dimensions) {
    await expect(page.locator(`tr[data-dimension="${d.id}"]`), `${what}: score of ${d.id}`).toHaveAttribute(
      'data-percent',
      String(Math.round(d.percent)),
    );
  }
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * One visitor, one browser page, in each language: the audit answered through the page (a reload
 * on the way resumes it), the report, its print, its share link; then a save that gets corrupted,
 * the embed page, and the share link opened weeks later with nothing saved (as by someone else).
 * Each part is a step, and each check says what failed.
 */
for (const lang of ['fr', 'en'] as const) {
  test(`self-audit (${lang}): answer everything (reload resumes), report, print, share; a corrupted save; the embed; the shared link weeks later`, async ({
    page,
    problems,
  }) => {
    test.setTimeout(180_000);
    const answers = answersFor(lang === 'fr' ? 0 : 1);
    const refs = fitRefs(content, TYPE[lang]);
    const shown = new Set(questionIds(refs));
    const expected = scoreAudit(refs, answers);
    const report = page.getByRole('heading', { level: 2, name: L[lang].report });

    await test.step('first steps, then a reload resumes where the visitor was', async () => {
      await open(page, `/${lang}/tools/audit/${CASE[lang]}`, lang === 'en');
      await expect(page.getByRole('heading', { level: 2, name: content[0]?.[lang].title ?? '' })).toBeVisible();
      // First step: focus is not moved on load; then every step moves it to its heading.
      await page.getByRole('button', { name: L[lang].next }).click();
      await page.getByRole('button', { name: L[lang].back }).click();
      for (const i of [0, 1]) {
        await answerStep(page, lang, i, answers);
        if (i === 0) await page.getByRole('button', { name: L[lang].next, exact: true }).click();
      }
      await page.reload();
      await expect(page.locator('.audit[data-ready="true"]')).toBeVisible();
      const dimension = content[1];
      if (!dimension) throw new Error('no second dimension');
      await expect(
        page.getByRole('heading', { level: 2, name: dimension[lang].title }),
        'after a reload: the step the visitor was on',
      ).toBeVisible();
      for (const q of dimension.questions.filter((x) => shownFor(x, TYPE[lang]))) {
        const answer = answers[q.id] as Answer;
        await expect(
          page
            .getByRole('group', { name: q[lang].question })
            .getByRole('radio', { name: L[lang].answer[answer], exact: true }),
          `after a reload: the answer to ${q.id}`,
        ).toBeChecked();
      }
    });

    await test.step('every other step answered, then the report', async () => {
      await page.getByRole('button', { name: L[lang].next, exact: true }).click();
      for (let i = 2; i < content.length; i++) {
        await answerStep(page, lang, i, answers);
        await page
          .getByRole('button', { name: i === content.length - 1 ? L[lang].results : L[lang].next, exact: true })
          .click();
      }
      await expect(report, 'focus on the report’s heading').toBeFocused();
      await expectScores(page, expected, 'own report');
    });

    await test.step('the plan and the SMART drafts fit the answers and the profile; no axe violation', async () => {
      // Every weak answer of the questions shown has its action, each with its question id.
      const weak = [...shown].filter((id) => answers[id] !== 'yes');
      await expect(page.locator('[data-action]'), 'one action per weak answer').toHaveCount(weak.length);
      expect(
        (
          await page.locator('[data-action]').evaluateAll((els) => els.map((e) => e.getAttribute('data-question')))
        ).sort(),
        'the actions’ question ids',
      ).toEqual(weak.sort());
      await expect(page.locator('[data-horizon="week"] [data-action]'), 'actions this week').toHaveCount(3);
      // SMART drafts name the profile's networks only (none without a profile).
      const networks = await page
        .locator('[data-suggestion]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-networks')));
      expect(networks.length, 'SMART drafts').toBeGreaterThan(0);
      for (const n of networks)
        expect(n, 'networks a SMART draft names').toBe(lang === 'fr' ? 'facebook instagram' : '');
      const smart = page.locator('.audit-objectives a').first();
      await expect(smart).toHaveAttribute('href', new RegExp(`^/${lang}/tools/smart/\\?objective=.+`));
      await expectAccessible(page);
    });

    await test.step('print media: the report, without the quiz, the buttons or the page’s prose', async () => {
      await page.emulateMedia({ media: 'print' });
      await expect(report).toBeVisible();
      await expect(page.getByRole('table').first()).toBeVisible();
      await expect(page.locator('.audit-actions'), 'buttons not printed').toBeHidden();
      await expect(page.locator('.audit-progress'), 'progress not printed').toBeHidden();
      await expect(page.locator('.explanation'), 'the page’s prose not printed').toBeHidden();
      const pdf = Buffer.from(await page.pdf({ format: 'A4' })).toString('latin1');
      const pages = pdf.match(/\/Type\s*\/Page\b(?!s)/g)?.length ?? 0;
      console.log(`${lang}: printed report is ${pages} page(s)`);
      expect(pages, 'printed pages').toBeGreaterThanOrEqual(1);
      // The report now carries the action plan (12 actions in three horizons): 4 A4 pages measured.
      expect(pages, 'printed pages').toBeLessThanOrEqual(5);
      await page.emulateMedia({ media: 'screen' });
    });

    // The share link: answers, the profile (French run) and the audit's own date, today's.
    const link = await page.getByRole('textbox', { name: L[lang].share }).inputValue();
    const madeOn = dayOf(new Date());
    expect(link, 'the share link').toMatch(
      lang === 'fr'
        ? /\/fr\/tools\/audit\/#r=2\.[^&]+&type=local&networks=facebook,instagram&hours=3&goal=loyalty&date=\d{4}-\d{2}-\d{2}$/
        : /\/en\/tools\/audit\/#r=1\.[a-z0-9]+\.[npyu_]+&date=\d{4}-\d{2}-\d{2}$/,
    );
    expect(link.endsWith(`&date=${madeOn}`), `the share link carries the day it was made (${madeOn})`).toBe(true);

    await test.step('a corrupted save is set aside with a choice, not lost', async () => {
      await open(page, `/${lang}/tools/audit/`);
      await page.evaluate(() => localStorage.setItem('smm-audit', '{"version":1,"current":{"answers":'));
      await page.reload();
      await expect(page.getByRole('alert'), 'the set-aside notice').toBeVisible();
      expect(await page.evaluate(() => localStorage.getItem('smm-audit-set-aside')), 'the set-aside copy').toBe(
        '{"version":1,"current":{"answers":',
      );
      await page.getByRole('button', { name: lang === 'fr' ? 'Repartir de zéro' : 'Start over' }).click();
      await expect(page.getByRole('heading', { level: 2, name: L[lang].profile })).toBeVisible();
    });

    await test.step('the embed page runs the same quiz', async () => {
      await open(page, `/${lang}/embed/audit/`);
      await expect(page.getByRole('heading', { level: 2, name: content[0]?.[lang].title ?? '' })).toBeVisible();
      await expectAccessible(page);
    });

    await test.step('the share link, opened 20 days later with nothing saved, shows the same report and its own date', async () => {
      // As in a fresh browser: nothing saved (this site sets no cookie), the clock 20 days on.
      await page.evaluate(() => (localStorage.clear(), sessionStorage.clear()));
      const later = new Date(Date.now() + 20 * DAY_MS);
      await page.clock.setFixedTime(later);
      await page.goto('about:blank');
      await open(page, link);
      await expect(page.getByText(L[lang].shared), 'says it is a shared report').toBeVisible();
      await expectScores(page, expected, 'shared report');
      const made = formatLongDate(localDay(madeOn ?? ''), lang);
      await expect(
        page.getByText(lang === 'fr' ? `Bilan du ${made}, partagé` : `Report of ${made}, shared`),
        `the audit's own date (${made}) on screen`,
      ).toBeVisible();
      await expect(page.getByText(formatLongDate(later, lang)), 'not the day it is opened').toHaveCount(0);
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('.audit-print-url'), 'the printed address carries the date').toContainText(
        `&date=${madeOn}`,
      );
      await page.emulateMedia({ media: 'screen' });
      // The visitor's own audit is not touched by a report they are only looking at.
      expect((await page.evaluate(() => localStorage.getItem('smm-audit'))) ?? '', 'nothing saved').not.toContain(
        '"v":"',
      );
    });
    expectNoProblems(problems);
  });
}

test('two tabs, one truth: answers given in turn in two tabs are all kept, in either order', async ({
  page,
  context,
  problems,
}) => {
  test.setTimeout(180_000);
  const dimension = content[0];
  if (!dimension || dimension.questions.length < 3) throw new Error('the first dimension needs three questions');
  const [q0, q1, q2] = dimension.questions as [
    (typeof dimension.questions)[0],
    (typeof dimension.questions)[0],
    (typeof dimension.questions)[0],
  ];
  const a = page;
  const b = await context.newPage();
  await open(a, '/fr/tools/audit/');
  await open(b, '/fr/tools/audit/');
  const radio = (p: Page, q: typeof q0, answer: Answer) =>
    p.getByRole('group', { name: q.fr.question }).getByRole('radio', { name: L.fr.answer[answer], exact: true });
  const saved = async () =>
    Object.fromEntries(
      Object.entries(
        JSON.parse((await a.evaluate(() => localStorage.getItem('smm-audit'))) ?? '{}').current.answers as Record<
          string,
          { v: string | null }
        >,
      ).map(([id, mark]) => [id, mark.v]),
    );

  // The case: A answers two questions and opens the results; B, opened before, answers one.
  await radio(a, q0, 'yes').check();
  await radio(a, q1, 'no').check();
  await a.getByRole('button', { name: 'Résultats', exact: true }).click();
  await expect(a.getByRole('heading', { level: 2, name: L.fr.report })).toBeVisible();
  await radio(b, q2, 'partly').check();
  expect(await saved()).toEqual({ [q0.id]: 'yes', [q1.id]: 'no', [q2.id]: 'partly' });
  // B shows A's answers without a reload; A's finished report is still in the history.
  await expect(radio(b, q0, 'yes')).toBeChecked();
  await expect(radio(b, q1, 'no')).toBeChecked();
  const stored = async () =>
    JSON.parse((await a.evaluate(() => localStorage.getItem('smm-audit'))) ?? '{}') as { history: unknown[] };
  expect((await stored()).history).toHaveLength(1);
  await a.reload();
  await a.getByRole('button', { name: 'Résultats', exact: true }).click();
  // Finishing the same audit again updates its report instead of adding one.
  await expect(a.locator('.audit-history li')).toHaveCount(1);

  // Interleaved changes of mind, B first then A, then A first then B: the latest answer wins.
  await a.getByRole('button', { name: dimension.fr.title }).first().click();
  await radio(b, q0, 'partly').check();
  await radio(a, q1, 'yes').check();
  await radio(a, q2, 'unknown').check();
  await radio(b, q1, 'no').check();
  expect(await saved()).toEqual({ [q0.id]: 'partly', [q1.id]: 'no', [q2.id]: 'unknown' });
  for (const p of [a, b]) {
    await expect(radio(p, q0, 'partly')).toBeChecked();
    await expect(radio(p, q1, 'no')).toBeChecked();
    await expect(radio(p, q2, 'unknown')).toBeChecked();
  }
  await b.close();
  expectNoProblems(problems);
});
