/**
 * The Share button in a real browser, on a tool page: where the browser has no share sheet (as
 * desktop Chromium on Linux), the link with the values the visitor typed goes to the clipboard.
 */
import { expect, expectNoProblems, test } from './fixtures';

test('Share copies the tool’s address with the values typed', async ({ page, context, problems }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.addInitScript(() => {
    // Whatever this Chromium offers, test the fallback: no share sheet.
    Object.defineProperty(Navigator.prototype, 'share', { value: undefined, configurable: true });
  });
  await page.goto('/fr/tools/ctr/?clicks=10&impressions=400');
  await page.getByLabel('Clics').fill('25');
  await page.getByLabel('Impressions').fill('1 000');
  await expect(page.locator('output[data-kpi="ctr"]')).toHaveAttribute('data-value', '2.5');
  await page.getByRole('button', { name: 'Partager', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Lien copié dans le presse-papiers.' })).toBeVisible();
  const url = new URL(await page.evaluate(() => navigator.clipboard.readText()));
  expect(url.pathname).toBe('/fr/tools/ctr/');
  expect(url.searchParams.get('clicks')).toBe('25');
  expect(url.searchParams.get('impressions')).toBe('1000');
  expectNoProblems(problems);
});
