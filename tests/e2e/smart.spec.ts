/**
 * The SMART checker in a real browser, in both locales, through the public contract:
 * `?objective=` prefills and analyses; each criterion has `data-criterion` and `data-status`.
 * Expected statuses follow tests/unit/smart.test.ts and the corpus's definitions (dates are relative, so they hold any day).
 */
import type { Page } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { expect, expectAccessible, expectNoProblems, test } from './fixtures';

const CRITERIA = ['specific', 'measurable', 'achievable', 'relevant', 'time-bound'] as const;
type Expected = Record<(typeof CRITERIA)[number], string>;
const all = (status: string): Expected => Object.fromEntries(CRITERIA.map((c) => [c, status])) as Expected;

const L = {
  fr: {
    label: 'Votre objectif',
    good: 'Gagner 500 abonnés sur Instagram d’ici 6 mois pour remplir nos ateliers (compte à 4 000).',
    bad: "Avoir plus d'abonnés.",
    badExpected: {
      specific: 'partial',
      measurable: 'missing',
      achievable: 'unknown',
      relevant: 'partial',
      'time-bound': 'missing',
    },
    other: 'Reach 100k followers next month (current 800).',
    otherExpected: {
      specific: 'partial',
      measurable: 'met',
      achievable: 'missing',
      relevant: 'partial',
      'time-bound': 'met',
    },
    builder: 'Rédiger un objectif SMART pas à pas',
    open: 'Ouvrir l’assistant',
    fields: {
      metric: 'Indicateur',
      network: 'Réseau',
      baseline: 'Valeur actuelle',
      target: 'Valeur visée',
      deadline: 'Échéance',
      goal: 'Objectif d’affaires',
    },
    values: { baseline: '2,1', target: '2,6' },
    submit: 'Rédiger l’objectif',
    check: 'Analyser cet objectif',
    sentence: /^Faire passer le taux d’engagement sur TikTok de 2,1\s%\sà 2,6\s%\sd’ici le/,
  },
  en: {
    label: 'Your objective',
    good: 'Grow Instagram followers by 8 % net over 90 days to fill our workshops (baseline 4,200).',
    bad: 'Get 500 leads.',
    badExpected: {
      specific: 'met',
      measurable: 'met',
      achievable: 'unknown',
      relevant: 'met',
      'time-bound': 'missing',
    },
    other: 'Lancer TikTok un jour.',
    otherExpected: {
      specific: 'partial',
      measurable: 'missing',
      achievable: 'unknown',
      relevant: 'missing',
      'time-bound': 'missing',
    },
    builder: 'Write a SMART objective step by step',
    open: 'Open the step-by-step builder',
    fields: {
      metric: 'Metric',
      network: 'Network',
      baseline: 'Current value',
      target: 'Target value',
      deadline: 'Deadline',
      goal: 'Business goal',
    },
    values: { baseline: '2.1', target: '2.6' },
    submit: 'Write the objective',
    check: 'Analyse this objective',
    sentence: /^Bring engagement rate on TikTok from 2\.1% to 2\.6% by/,
  },
} as const;

async function open(page: Page, path: string, objective?: string) {
  await page.goto(objective === undefined ? path : `${path}?objective=${encodeURIComponent(objective)}`);
  await expect(page.locator('.smart[data-ready="true"]')).toBeVisible();
}

async function expectStatuses(page: Page, expected: Expected) {
  for (const c of CRITERIA) {
    await expect(page.locator(`[data-criterion="${c}"]`), c).toHaveAttribute('data-status', expected[c]);
  }
}

// Two browser pages per language, each visit checked in named steps: a fresh browser page for each
// check cost more than the check itself. The tool page's first visit counts the JavaScript it loads
// before any interaction, so it comes first; the embed page, in its own browser page, watches which
// rules it fetches from its first load.
for (const lang of ['fr', 'en'] as const) {
  const l = L[lang];
  test.describe(`SMART checker (${lang})`, () => {
    test('tool page: 20 KB before any interaction, the engine when typing, the keyboard, the builder, ?objective=, hostile input', async ({
      page,
      problems,
    }) => {
      test.setTimeout(180_000);
      await test.step('loads at most 20 KB gzip of JavaScript before any interaction, and the engine when typing', async () => {
        const sizes = new Map<string, number>();
        const bodies: Promise<unknown>[] = [];
        page.on('response', (response) => {
          const url = new URL(response.url());
          if (response.request().resourceType() === 'script' || /\.m?js$/.test(url.pathname))
            bodies.push(
              response
                .body()
                .then((body) => sizes.set(url.pathname, gzipSync(body, { level: 9 }).length))
                .catch(() => undefined),
            );
        });
        // The engine's chunks, as the worker (`engine-fr-….js`) or the main thread (`engine-fr.….js`) loads them.
        const engine = (paths: string[]) =>
          paths.filter((p) => /\/_astro\/(engine-(?:fr|en)|checker)[.-][\w-]+\.js$/.test(p));
        // No objective: the island hydrates without the analysis engine.
        await open(page, `/${lang}/tools/smart/`);
        await page.waitForLoadState('networkidle');
        await Promise.all(bodies);
        const before = [...sizes];
        const total = before.reduce((sum, [, size]) => sum + size, 0);
        const detail = before.map(([path, size]) => `${path}: ${size} B`).join('\n');
        test.info().annotations.push({ type: 'JavaScript before any interaction', description: `${total} B gzip` });
        expect(total, `${total} B gzip before any interaction:\n${detail}`).toBeLessThanOrEqual(20 * 1024);
        expect(engine(before.map(([path]) => path))).toEqual([]);
        await expect(page.locator('[data-criterion]')).toHaveCount(0);
        // Typing fetches the engine (with the page's language's rules) and shows the analysis.
        await page.getByLabel(l.label).fill(l.bad);
        await expectStatuses(page, l.badExpected);
        await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
        const after = engine([...sizes.keys()]);
        expect(after.some((p) => p.includes(`/engine-${lang}`))).toBe(true);
        expect(after.some((p) => p.includes('/checker'))).toBe(true);
      });

      await test.step('re-analyses as you type, with the keyboard', async () => {
        await open(page, `/${lang}/tools/smart/`);
        const box = page.getByLabel(l.label);
        await box.focus();
        await page.keyboard.type(l.good);
        await expectStatuses(page, all('met'));
        await expect(page).toHaveURL(/objective=/);
      });

      await test.step('the builder writes an objective the checker rates fully met', async () => {
        await open(page, `/${lang}/tools/smart/`);
        const builder = page.getByRole('region', { name: l.builder });
        await builder.getByRole('button', { name: l.open }).click();
        await expect(builder.getByLabel(l.fields.metric)).toBeFocused();
        await builder.getByLabel(l.fields.metric).selectOption('engagement-rate');
        await builder.getByLabel(l.fields.network).selectOption('tiktok');
        await builder.getByLabel(l.fields.baseline).fill(l.values.baseline);
        await builder.getByLabel(l.fields.target).fill(l.values.target);
        const deadline = new Date(Date.now() + 180 * 86_400_000).toISOString().slice(0, 10);
        await builder.getByLabel(l.fields.deadline).fill(deadline);
        await builder.getByLabel(l.fields.goal).selectOption('loyalty');
        await builder.getByRole('button', { name: l.submit }).click();
        await expect(builder.getByText(l.sentence)).toBeVisible();
        await builder.getByRole('button', { name: l.check }).click();
        await expectStatuses(page, all('met'));
      });

      await test.step('analyses ?objective= on the tool page', async () => {
        await open(page, `/${lang}/tools/smart/`, l.good);
        await expect(page.getByLabel(l.label)).toHaveValue(l.good);
        await expectStatuses(page, all('met'));
        await expect(page.locator('[data-rewrite]')).toHaveCount(0);
        await open(page, `/${lang}/tools/smart/`, l.bad);
        await expectStatuses(page, l.badExpected);
        await expect(page.locator('mark').first()).toBeVisible();
        // The improved version keeps the objective's own words and adds what is missing.
        await expect(page.locator('[data-rewrite]')).toHaveText(
          new RegExp(`^${l.bad.replace(/[.()]/g, '\\$&').slice(0, -2)}`),
        );
        // An objective in the other language is analysed in its own language.
        await open(page, `/${lang}/tools/smart/`, l.other);
        await expectStatuses(page, l.otherExpected);
        await expectAccessible(page);
      });

      await test.step('hostile or oversized input never breaks the page', async () => {
        await open(page, `/${lang}/tools/smart/`, `<script>alert(1)</script>\u0007${'x'.repeat(3000)}`);
        await expect(page.getByLabel(l.label)).toHaveValue(/^<script>alert\(1\)<\/script>x+$/);
        expect((await page.getByLabel(l.label).inputValue()).length).toBe(400);
        await expect(page.locator('[data-criterion]')).toHaveCount(5);
      });
      expectNoProblems(problems);
    });

    test('embed page: ?objective= analysed, and the other language’s rules fetched only for an objective written in it', async ({
      page,
      problems,
    }) => {
      const other = lang === 'fr' ? 'en' : 'fr';
      const scripts: string[] = [];
      page.on('request', (request) => {
        if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
      });
      // The rules chunks are `fr.…js` / `en.…js` (main thread) or `fr-….js` / `en-….js` (worker).
      const otherRules = () => scripts.filter((p) => new RegExp(`/_astro/${other}[.-][\\w-]+\\.js$`).test(p));
      await open(page, `/${lang}/embed/smart/`, l.bad);
      await expectStatuses(page, l.badExpected);
      await expectAccessible(page);
      expect(otherRules()).toEqual([]);
      await page.getByLabel(l.label).fill(l.other);
      await expectStatuses(page, l.otherExpected);
      expect(otherRules()).toHaveLength(1);
      expectNoProblems(problems);
    });
  });
}
