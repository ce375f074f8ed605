/**
 * The dashboard's report and what leaves the page, in one visit (English): a US bakery's Meta
 * export for November 2026 (tests/fixtures/dashboard/meta-en-usd.csv: $101.25 spent for 919 link
 * clicks) is read through the picker; its CPC links to the calculator in dollars; the printed
 * report is one A4 page; a second file whose costs name no currency is asked about, and the cost
 * links wait for the answer. The Share note says that only the address is shared (both languages).
 */
import { readFileSync } from 'node:fs';
import { expect, expectAccessible, expectNoProblems, test } from './fixtures';

const usd = {
  name: 'meta-en-usd.csv',
  mimeType: 'text/csv',
  buffer: readFileSync(new URL('../fixtures/dashboard/meta-en-usd.csv', import.meta.url)),
};

/** The bakery's own sheet of Instagram ads: costs with no currency anywhere. */
const tracking = {
  name: 'instagram-ads.csv',
  mimeType: 'text/csv',
  buffer: Buffer.from(
    [
      'Date,Network,Post,Reach,Impressions,Likes,Link clicks,Cost',
      '2026-11-05,Instagram,Pie pre-order reel,1800,2400,150,50,12.50',
      '2026-11-20,Instagram,Advent box carousel,1500,2100,120,30,7.50',
    ].join('\n'),
  ),
};

/** Pages of a PDF: its page objects (`/Type /Page`, not the `/Pages` tree). */
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;

test.describe.configure({ timeout: 120_000 });

test('en: a USD export links its costs in dollars, prints on one A4 page, asks an unknown currency', async ({
  page,
  problems,
}) => {
  await page.goto('/en/tools/dashboard/');
  // The dashboard puts nothing in its address: its Share note says so.
  await expect(page.locator('#share-hint')).toHaveText(
    'Shares the address of this tool only: your files and figures stay in your browser.',
  );
  await page.getByLabel('Choose one or more exports (CSV or XLSX)').setInputFiles([usd]);

  const cpc = page.locator('output[data-kpi="cpc"][data-scope="total"][data-method="ratio"]:not([data-network])');
  await expect(cpc).toHaveAttribute('data-value', /^0\.11017/, { timeout: 30_000 });
  await expect(cpc).toHaveText('$0.11');
  const all = page.locator('section.dash-scope:not([data-network])');
  const cpcLink = all.getByRole('link', { name: /^Open Cost per click/ });
  await expect(cpcLink).toHaveAttribute('href', '/en/tools/cpc/?cost=101.25&clicks=919&currency=USD');
  await expect(page.getByText('In which currency are the costs of')).toHaveCount(0);

  // The printed report: one A4 page, the totals on it, the picker and the buttons not.
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdfPages(pdf)).toBe(1);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.dash-results .print-only')).toBeVisible();
  await expect(cpc).toBeVisible();
  await expect(page.locator('.dash-pick')).toBeHidden();
  await expect(page.locator('.dash-keep')).toBeHidden();
  await page.emulateMedia({ media: 'screen' });

  // A second file whose costs name no currency: asked, and no cost link until the answer.
  await page.getByLabel('Choose one or more exports (CSV or XLSX)').setInputFiles([tracking]);
  const question = page.getByLabel('In which currency are the costs of instagram-ads.csv?', { exact: false });
  await expect(question).toBeVisible({ timeout: 30_000 });
  await expect(cpcLink).toHaveCount(0);
  await expect(page.getByText('Costs without a currency')).toBeVisible();
  await expectAccessible(page);
  await question.selectOption('USD');
  await expect(cpcLink).toHaveAttribute('href', '/en/tools/cpc/?cost=121.25&clicks=999&currency=USD');
  await expect(question).toHaveValue('USD');

  // The French page's note says the same.
  const fr = await (await page.request.get('/fr/tools/dashboard/')).text();
  expect(fr).toContain('Partage l’adresse de cet outil seulement\u00a0: vos fichiers et vos chiffres restent');
  expect(fr).not.toContain('avec les valeurs saisies');
  expectNoProblems(problems);
});
