/**
 * The dashboard in a real browser, through the file picker, one visit per language: the files
 * are read in the page (worker), the totals follow the output contract and link to their
 * calculators, broken rows are listed, an ambiguous date is asked, and no request leaves the
 * site or carries anything of the files. Expected figures were computed by hand from the
 * fixtures (tests/fixtures/dashboard, the same as tests/unit/dashboard.test.ts).
 */
import { readFileSync } from 'node:fs';
import type { Page, Request } from '@playwright/test';
import { expect, expectAccessible, expectNoProblems, test } from './fixtures';

const fixture = (name: string) => ({
  name,
  mimeType: name.endsWith('.xlsx') ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'text/csv',
  buffer: readFileSync(new URL(`../fixtures/dashboard/${name}`, import.meta.url)),
});

/** Every request of the visit, to check that none leaves the site or carries file data. */
function watch(page: Page): Request[] {
  const requests: Request[] = [];
  page.on('request', (request) => requests.push(request));
  return requests;
}

function expectPrivate(requests: Request[], origin: string, secrets: string[]) {
  for (const request of requests) {
    const url = new URL(request.url());
    if (url.protocol === 'blob:' || url.protocol === 'data:') continue;
    expect(url.origin, request.url()).toBe(origin);
    expect(request.method(), request.url()).toBe('GET');
    expect(request.postData(), request.url()).toBeNull();
    for (const secret of secrets) expect(decodeURIComponent(request.url())).not.toContain(secret);
  }
}

const total = (page: Page, kpi: string, method: string, extra = '') =>
  page.locator(`output[data-kpi="${kpi}"][data-scope="total"][data-method="${method}"]${extra}`);

test.describe.configure({ timeout: 90_000 });

test('fr: a Meta export, a tracking sheet and a messy file, through the picker', async ({
  page,
  problems,
  baseURL,
}) => {
  const requests = watch(page);
  await page.goto('/fr/tools/dashboard/');
  await page
    .getByLabel('Choisir un ou plusieurs exports (CSV ou XLSX)')
    .setInputFiles([fixture('meta-fr-windows1252.csv'), fixture('instagram-tracking.xlsx'), fixture('messy-en.csv')]);

  // Facebook (the Meta export): 808 engagements on 7 566 reach.
  const facebook = total(page, 'engagement-rate', 'ratio', '[data-basis="reach"][data-network="facebook"]');
  await expect(facebook).toHaveAttribute('data-value', /^10\.6793/, { timeout: 30_000 });
  await expect(facebook).toHaveText('10,68\u202f%');
  await expect(total(page, 'engagement-rate', 'mean', '[data-basis="reach"][data-network="facebook"]')).toHaveAttribute(
    'data-value',
    /^8\.4433/,
  );
  await expect(total(page, 'cpc', 'ratio', '[data-network="facebook"]')).toHaveAttribute('data-value', /^0\.0973/);
  const link = page
    .locator('section[data-network="facebook"]')
    .getByRole('link', { name: /Ouvrir Taux d’engagement · par portée/ });
  await expect(link).toHaveAttribute('href', '/fr/tools/engagement-rate/?engagements=808&reach=7566');

  // The whole set: every network together, without data-network.
  await expect(total(page, 'engagement-rate', 'ratio', '[data-basis="reach"]:not([data-network])')).toHaveAttribute(
    'data-value',
    /\d/,
  );
  // The messy file: five rows listed with their reason, none silently dropped.
  const messy = page.locator('li.dash-file', { hasText: 'messy-en.csv' });
  await expect(messy.locator('[data-problem]')).toHaveCount(5);
  await expect(messy.locator('[data-problem="duplicate"]')).toContainText('même publication que la ligne 2');
  await expect(messy.locator('[data-problem="future"]')).toContainText('2027-03-01');
  // September against October (the tracking sheet covers both).
  await expect(page.getByRole('heading', { name: 'Ce mois-ci et le précédent' })).toBeVisible();

  await expectAccessible(page);
  expectPrivate(requests, new URL(baseURL ?? '').origin, ['croissants', 'Pumpkin', 'Opening hours']);
  expectNoProblems(problems);
});

test('en: LinkedIn asks the date order, TikTok in UTF-16, an .xls gets its advice', async ({
  page,
  problems,
  baseURL,
}) => {
  const requests = watch(page);
  await page.goto('/en/tools/dashboard/');
  await page.getByLabel('Choose one or more exports (CSV or XLSX)').setInputFiles([
    fixture('linkedin-en-bom.csv'),
    fixture('tiktok-utf16.tsv'),
    {
      name: 'old-export.xls',
      mimeType: 'application/vnd.ms-excel',
      buffer: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
    },
  ]);

  await expect(page.getByRole('alert').filter({ hasText: 'old-export.xls' })).toContainText('Excel Workbook (.xlsx)', {
    timeout: 30_000,
  });
  const tiktok = total(page, 'engagement-rate', 'ratio', '[data-basis="impressions"][data-network="tiktok"]');
  await expect(tiktok).toHaveAttribute('data-value', /^11\.0415/);
  await expect(tiktok).toHaveText('11.04%');
  // LinkedIn's dates (10/06/2026…) are asked, not guessed: no LinkedIn total before the answer.
  await expect(total(page, 'ctr', 'ratio', '[data-network="linkedin"]')).toHaveCount(0);
  await page.getByRole('radio', { name: /The month/ }).check();
  const ctr = total(page, 'ctr', 'ratio', '[data-network="linkedin"]');
  await expect(ctr).toHaveAttribute('data-value', /^2\.9573/);
  await expect(
    page.locator('section[data-network="linkedin"]').getByText('4 posts from 2026-10-01 to 2026-10-12'),
  ).toBeVisible();

  await expectAccessible(page);
  expectPrivate(requests, new URL(baseURL ?? '').origin, ['Croissant ASMR', 'junior baker']);
  expectNoProblems(problems);
});
