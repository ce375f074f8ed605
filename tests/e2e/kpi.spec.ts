/**
 * The twelve KPI calculators in a real browser, in both locales: URL prefill and typing,
 * reading `data-value` (docs/CONTRACT.md), bad input at the right field, the extra parts, copy link,
 * the embed event, and the JavaScript budget of tool and embed pages.
 */
import { budgetOf, scriptsOf } from '../build/budgets';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { distDir, expect, expectAccessible, expectNoProblems, preloadAxe, test } from './fixtures';
import { CALCULATOR_SAMPLES, checkPage, DESKTOP, trackRequests } from './walk';

const samples = CALCULATOR_SAMPLES;

async function open(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator('form[data-hydrated="true"]')).toBeVisible();
}

async function valueOf(page: Page, kpi: string, basis?: string): Promise<number | null> {
  const selector = basis ? `output[data-kpi="${kpi}"][data-basis="${basis}"]` : `output[data-kpi="${kpi}"]`;
  const raw = await page.locator(selector).getAttribute('data-value');
  return raw === null ? null : Number(raw);
}

// One visit per calculator, one browser page per locale and kind of page (a test each would spend
// more time opening pages than checking them). Each visit also runs the page walk's checks
// (status, lang, h1, axe, 390 px: tests/e2e/walk.ts) on the page with its result shown; the walk
// leaves these pages to this test.
for (const lang of ['fr', 'en'] as const) {
  for (const kind of ['tools', 'embed'] as const) {
    test(`${lang} ${kind}: every calculator prefilled from its URL, and the page walk's checks`, async ({
      page,
      problems,
    }) => {
      test.setTimeout(Object.keys(samples).length * 15_000);
      await preloadAxe(page);
      await page.setViewportSize(DESKTOP);
      const inFlight = trackRequests(page);
      for (const [kpi, sample] of Object.entries(samples)) {
        await checkPage(page, `/${lang}/${kind}/${kpi}/?${sample.query}`, inFlight);
        await expect(page.locator('form[data-hydrated="true"]')).toBeVisible();
        await expect(page.locator(`output[data-kpi="${kpi}"][data-value]`).first()).toBeAttached();
        expect(await valueOf(page, kpi), kpi).toBeCloseTo(sample.value, 10);
        // Every param landed in the input of the same name.
        for (const [name] of new URLSearchParams(sample.query)) {
          await expect(page.locator(`input[name="${name}"]`), `${kpi} ${name}`).not.toHaveValue('');
        }
      }
      expectNoProblems(problems);
    });
  }
}

// The calculators' features, one browser page per group of checks (each step a visit or two): a
// fresh browser page for each check cost more than the check itself. Each step is named in a failure.
test('calculators in use, mostly French: typing, money, bad input, bases, competitors, copy link', async ({
  page,
  context,
  problems,
}) => {
  test.setTimeout(180_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await test.step('fr: typing French numbers, result in French', async () => {
    await open(page, '/fr/tools/ctr/');
    await expect(page.locator('output[data-kpi="ctr"]')).not.toHaveAttribute('data-value');
    await page.getByLabel('Clics').fill('1\u202f250');
    await page.getByLabel('Impressions (nombre d’affichages)').fill('50 000');
    await expect(page.locator('output[data-kpi="ctr"]')).toHaveAttribute('data-value', '2.5');
    await expect(page.locator('output[data-kpi="ctr"]')).toHaveText('2,5\u00a0%');
    await expect(page.getByRole('status').filter({ hasText: 'ont donné lieu à un clic' })).toBeVisible();
    await expect(page.getByText('1\u202f250 ÷ 50\u202f000 × 100 = 2,5\u00a0%')).toBeVisible();
  });
  await test.step('fr: money with the euro sign and a decimal comma', async () => {
    await open(page, '/fr/tools/cpc/');
    await page.getByLabel(/Dépense totale/).fill('1 234,50 €');
    await page.getByLabel('Clics').fill('1 000');
    await expect(page.locator('output[data-kpi="cpc"]')).toHaveAttribute('data-value', '1.2345');
    await expect(page.locator('output[data-kpi="cpc"]')).toHaveText('1,23\u00a0€');
  });
  await test.step('impossible and invalid input from the URL: message at the field, no value', async () => {
    await open(page, '/fr/tools/ctr/?clicks=2000&impressions=1000');
    const clicks = page.getByLabel('Clics');
    await expect(clicks).toHaveAttribute('aria-invalid', 'true');
    await expect(clicks).toHaveAccessibleDescription(/Plus de clics que d’impressions/);
    await expect(page.locator('output[data-kpi="ctr"]')).not.toHaveAttribute('data-value');
    await expect(page.locator('output[data-kpi="ctr"]')).toHaveText('n.\u00a0d.');
    await expectAccessible(page);

    await open(page, '/en/tools/story-completion/?first=100&last=120');
    await expect(page.getByLabel(/Last-frame reach/)).toHaveAccessibleDescription(
      /Last-frame reach above first-frame reach/,
    );

    await open(page, '/en/tools/cpc/?cost=abc&clicks=0');
    await expect(page.getByLabel(/Total spend/)).toHaveAccessibleDescription(/not a number/);
    await expect(page.locator('output[data-kpi="cpc"]')).not.toHaveAttribute('data-value');

    await open(page, '/en/tools/cpa/?cost=10&conversions=0');
    await expect(page.getByLabel('Conversions')).toHaveAccessibleDescription(/Cannot be 0/);

    await open(page, '/fr/tools/reach-rate/?reach=-5&followers=10');
    await expect(page.getByLabel('Portée (comptes uniques touchés)')).toHaveAccessibleDescription(/négatif/);
    await expect(page.locator('body')).not.toContainText(/NaN|Infinity|∞/);
  });
  await test.step('engagement rate: one output per base, side by side, with why they differ', async () => {
    await open(page, '/fr/tools/engagement-rate/?engagements=50&reach=1000&followers=10000&impressions=2000');
    await expect(page.locator('output[data-kpi="engagement-rate"]')).toHaveCount(3);
    expect(await valueOf(page, 'engagement-rate', 'reach')).toBe(5);
    expect(await valueOf(page, 'engagement-rate', 'followers')).toBe(0.5);
    expect(await valueOf(page, 'engagement-rate', 'impressions')).toBe(2.5);
    await expect(page.getByText(/Pourquoi ces taux diffèrent/)).toBeVisible();

    await page.getByLabel(/Portée/).fill('5000');
    await expect(page.getByLabel(/Portée/)).toHaveAccessibleDescription(/Portée supérieure aux impressions/);
    await expect(page.locator('output[data-basis="reach"]')).not.toHaveAttribute('data-value');
    expect(await valueOf(page, 'engagement-rate', 'followers')).toBe(0.5);
  });
  await test.step('share of voice: named competitor rows make the competitors total, with a chart', async () => {
    await open(page, '/fr/tools/share-of-voice/?brand=30&competitors=90');
    await page.getByRole('button', { name: 'Ajouter un concurrent' }).click();
    await page.getByLabel('Nom du concurrent 1').fill('Rival');
    await expect(page.getByLabel('Mentions du concurrent 1')).toHaveValue('90');
    await page.getByRole('button', { name: 'Ajouter un concurrent' }).click();
    await page.getByLabel('Nom du concurrent 2').fill('Autre');
    await page.getByLabel('Mentions du concurrent 2').fill('80');
    await expect(page.locator('input[name="competitors"]')).toHaveValue('170');
    expect(await valueOf(page, 'share-of-voice')).toBe(15);
    await expect(page.getByRole('img', { name: /Répartition des mentions/ })).toBeVisible();
    await expect(page.getByRole('cell', { name: '80' })).toBeVisible();
    await page.getByRole('button', { name: 'Retirer Autre' }).click();
    expect(await valueOf(page, 'share-of-voice')).toBe(25);
    await expectAccessible(page);
  });
  await test.step('copy link restores the values, in the other locale too', async () => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await open(page, '/fr/tools/cpc/');
    await page.getByLabel(/Dépense totale/).fill('1 234,5');
    await page.getByLabel('Clics').fill('1 000');
    await page.getByLabel('Devise').selectOption('USD');
    await page.getByRole('button', { name: 'Copier le lien de ce calcul' }).click();
    await expect(page.getByText('Lien copié')).toBeVisible();
    const url = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(url).search).toBe('?cost=1234.5&clicks=1000&currency=USD');
    await open(page, url.replace('/fr/', '/en/'));
    await expect(page.getByLabel(/Total spend/)).toHaveValue('1,234.5');
    await expect(page.locator('output[data-kpi="cpc"]')).toHaveText('$1.23');
  });
  expectNoProblems(problems);
});

test('calculators in use, mostly English: typing, ambiguity, hints, several posts, periods, the result event, the index', async ({
  page,
  problems,
}) => {
  test.setTimeout(180_000);
  await test.step('en: typing English numbers and dollars', async () => {
    await open(page, '/en/tools/cpm/?currency=USD');
    await page.getByLabel(/Total spend/).fill('$1,500.00');
    await page.getByLabel('Impressions (number of displays)').fill('250,000');
    await expect(page.locator('output[data-kpi="cpm"]')).toHaveAttribute('data-value', '6');
    await expect(page.locator('output[data-kpi="cpm"]')).toHaveText('$6.00');
  });
  await test.step('en: 1,5 is refused as ambiguous, at the field', async () => {
    await open(page, '/en/tools/ctr/?impressions=100');
    const clicks = page.getByLabel('Clicks');
    await clicks.fill('1,5');
    await expect(clicks).toHaveAttribute('aria-invalid', 'true');
    await expect(clicks).toHaveAccessibleDescription(/Ambiguous number/);
    await expect(page.locator('output[data-kpi="ctr"]')).not.toHaveAttribute('data-value');
  });
  await test.step('empty fields give a hint, not an error', async () => {
    await open(page, '/en/tools/roi/');
    await expect(page.locator('[aria-invalid="true"]')).toHaveCount(0);
    await expect(page.getByText('Fill in the fields to see the result.')).toBeVisible();
  });
  await test.step('engagement rate: several posts, mean of rates vs ratio of totals', async () => {
    await open(page, '/en/tools/engagement-rate/');
    await page.getByRole('button', { name: 'Calculate over several posts' }).click();
    await page.getByLabel('Engagements, post 1').fill('50');
    await page.getByLabel(/Base, post 1/).fill('100');
    await page.getByLabel('Engagements, post 2').fill('100');
    await page.getByLabel(/Base, post 2/).fill('10,000');
    await expect(page.locator('output[data-posts="mean"]')).toHaveAttribute('data-value', '25.5');
    const ratio = Number(await page.locator('output[data-posts="ratio"]').getAttribute('data-value'));
    expect(ratio).toBeCloseTo(15000 / 10100, 10);
  });
  await test.step('audience growth: several periods drawn as a chart', async () => {
    await open(page, '/en/tools/audience-growth/?start=1000&end=1100');
    await page.getByRole('button', { name: 'Add a period' }).click();
    await page.getByLabel('Audience at point 3').fill('1,210');
    await expect(page.getByRole('img', { name: /Audience over time/ })).toBeVisible();
    await expect(page.locator('output[data-growth="overall"]')).toHaveAttribute('data-value', '21');
    expect(await valueOf(page, 'audience-growth')).toBe(10);
  });
  await test.step('the island announces its result (smm:result)', async () => {
    await open(page, '/en/embed/ctr/');
    await page.evaluate(() => {
      (window as unknown as { results: unknown[] }).results = [];
      window.addEventListener('smm:result', (e) =>
        (window as unknown as { results: unknown[] }).results.push((e as CustomEvent).detail),
      );
    });
    await page.getByLabel('Clicks').fill('5');
    await page.getByLabel('Impressions (number of displays)').fill('200');
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { results: unknown[] }).results.at(-1)))
      .toEqual({ tool: 'ctr', value: 2.5, inputs: { clicks: '5', impressions: '200' } });
  });
  await test.step('tools index: every calculator by family, plus SMART and the audit', async () => {
    for (const lang of ['fr', 'en']) {
      await page.goto(`/${lang}/tools/`);
      for (const family of ['awareness', 'engagement', 'conversion', 'cost']) {
        await expect(page.locator(`section[data-family="${family}"] li`).first()).toBeVisible();
      }
      for (const kpi of [...Object.keys(samples), 'smart', 'audit']) {
        await expect(page.locator(`a[href="/${lang}/tools/${kpi}/"]`)).toHaveCount(1);
      }
    }
  });
  expectNoProblems(problems);
});

/** Gzipped JavaScript a page loads by itself, counted as the build check counts it. */
function pageJs(path: string): number {
  return scriptsOf(readFileSync(join(distDir, path, 'index.html'), 'utf8')).bytes;
}

test('tool and embed pages stay within their budget of gzipped JavaScript (tests/build/budgets.ts)', () => {
  for (const lang of ['fr', 'en']) {
    for (const kpi of Object.keys(samples)) {
      for (const kind of ['tools', 'embed']) {
        const path = `${lang}/${kind}/${kpi}`;
        expect(pageJs(path), path).toBeLessThanOrEqual(budgetOf(`/${path}/`, kind === 'tools' ? 'tool' : 'embed'));
      }
    }
  }
});
