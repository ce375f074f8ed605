/**
 * The house look holds on small screens, in dark mode and in print: no sideways scrolling at
 * 320 px, AA contrast in the dark theme, and a print stylesheet that drops the navigation.
 */
import { expect, expectAccessible, expectNoProblems, test } from './fixtures';

const samples = [
  '/fr/',
  '/en/guide/',
  '/fr/guide/types-of-social-media/',
  '/en/guide/paid-social/',
  '/en/glossary/',
  '/fr/search/',
];

// One visit per page checks both: a narrow phone in the dark theme. The samples are walked in one
// browser page per half (a page per sample mostly cost starting the page).
for (const half of [samples.slice(0, 3), samples.slice(3)]) {
  test(`${half.join(', ')} fit a 320 px screen without sideways scrolling, and keep AA contrast in the dark theme`, async ({
    page,
    problems,
  }) => {
    // The glossary and a chapter are long: axe takes a while on them while the other checks run beside.
    test.setTimeout(half.length * 40_000);
    await page.setViewportSize({ width: 320, height: 640 });
    await page.emulateMedia({ colorScheme: 'dark' });
    for (const path of half) {
      await test.step(path, async () => {
        await page.goto(path);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
        const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
        expect(background, path).toBe('rgb(21, 23, 26)');
        await expectAccessible(page);
        expectNoProblems(problems);
      });
    }
  });
}

test('a chapter prints without navigation, and with its answers and sources', async ({ page }) => {
  await page.goto('/fr/guide/smart-objectives/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('contentinfo')).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible();
});

test('reduced motion turns smooth scrolling off', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/en/guide/');
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('smooth');
});
