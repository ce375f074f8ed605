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

test('the site is installable: Chromium finds no installability error in the French manifest', async ({
  page,
  problems,
}) => {
  await page.goto('/fr/');
  await page.waitForLoadState('networkidle');
  const cdp = await page.context().newCDPSession(page);
  const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
    installabilityErrors: { errorId: string }[];
  };
  // Playwright's contexts are incognito, where Chromium never installs: every other check must pass.
  expect(installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito')).toEqual([]);
  const manifest = (await cdp.send('Page.getAppManifest')) as { url: string; errors: { message: string }[] };
  expect(manifest.url).toMatch(/\/fr\/manifest\.webmanifest$/);
  expect(manifest.errors).toEqual([]);
  expectNoProblems(problems);
});
