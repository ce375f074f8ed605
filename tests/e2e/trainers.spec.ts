/**
 * The trainers' page: every platform covered, when to choose the iframe, the host script or the
 * SCORM package, snippets as text, prefilled lessons.
 */
import { expect, expectNoProblems, test } from './fixtures';

for (const lang of ['fr', 'en'] as const) {
  test(`/${lang}/trainers/ covers slides and learning platforms, with copy-ready snippets`, async ({
    page,
    problems,
  }) => {
    await page.goto(`/${lang}/trainers/`);
    const headings = await page.locator('h2').allTextContents();
    for (const name of ['reveal.js', 'PowerPoint', 'Google Slides', 'Moodle']) {
      expect(headings.join(' | ')).toContain(name);
    }
    const text = await page.locator('main').innerText();
    expect(text).toContain('Canva');
    expect(text).toContain('https://');
    // Snippets are text in <pre><code>, never live markup.
    const reveal = page.locator('code[data-snippet="reveal"]');
    await expect(reveal).toContainText('<iframe data-src="');
    await expect(reveal).toContainText(
      'sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox" allow="clipboard-write"',
    );
    await expect(page.locator('code[data-snippet="reveal-background"]')).toContainText('data-background-iframe="');
    await expect(page.locator('code[data-snippet="moodle"]')).toContainText('<iframe src="');
    await expect(page.locator('main iframe')).toHaveCount(0);
    // When to choose the iframe, the host script or the SCORM package, and how to use the package.
    await expect(page.locator('main [data-choose]')).toHaveCount(3);
    await expect(page.locator('[data-choose="frame"]')).toContainText('iframe');
    await expect(page.locator('[data-choose="script"]')).toContainText('embed.js');
    await expect(page.locator('[data-choose="scorm"]')).toContainText('SCORM 1.2');
    await expect(page.locator('#scorm + ol > li')).toHaveCount(3);
    await expect(page.locator('#scorm + ol')).toContainText('(SCORM 1.2)');
    // The worked lesson: prefilled links to the full tools and to their embeds.
    const steps = page.locator('[data-lesson-step]');
    expect(await steps.count()).toBeGreaterThanOrEqual(8);
    await expect(page.locator('[data-lesson-step="ctr"] a').first()).toHaveAttribute(
      'href',
      `/${lang}/tools/ctr/?clicks=42&impressions=5600`,
    );
    await page.locator('[data-lesson-step="roi"] a').nth(1).click();
    await expect(page).toHaveURL(new RegExp(`/${lang}/embed/roi/\\?revenue=120&cost=30$`));
    await expect(page.locator('output[data-kpi="roi"]')).toHaveAttribute('data-value', '300');
    expectNoProblems(problems);
  });
}
