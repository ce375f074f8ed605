/**
 * Embeds and tool pages in slides (docs/CONTRACT.md, common parameters): with `layout=slide`, every
 * tool in both languages, as an embed and as its full tool page (without the site's header),
 * shows its inputs and its main result inside a 960×540 and a 1280×720 frame without
 * scrolling (the audit: its first question, then the summary of its results); the frame heights
 * given to hosts without /embed.js are at least the real content's (heights.json, measured by
 * scripts/heights/measure.ts); `reveal=1` hides the answer in the built page too.
 */
import type { Locator, Page } from '@playwright/test';
import { frameHeight, frameWidths, HEIGHT_MARGIN, type FrameWidth } from '../../src/lib/embed/heights';
import { toolSamples } from '../../src/lib/embed/samples';
import { toolIds, type ToolId } from '../../src/lib/embed/tools';
import { settle, waitForTool } from '../../scripts/heights/ready';
import { expect, expectAccessible, expectNoProblems, test } from './fixtures';

const frames = [
  { width: 960, height: 540 },
  { width: 1280, height: 720 },
] as const;

function embedUrl(tool: ToolId, lang: 'fr' | 'en', extra: Record<string, string>, kind = 'embed'): string {
  const query = new URLSearchParams({ ...toolSamples[tool][lang], ...extra }).toString();
  return `/${lang}/${kind}/${tool}/?${query}`;
}

/** Every element is entirely inside the viewport, the page not scrolled (one round trip). */
async function expectInView(page: Page, what: Locator, label: string): Promise<void> {
  const size = page.viewportSize() ?? { width: 0, height: 0 };
  const found = await what.evaluateAll((elements) => ({
    scrolled: scrollY,
    boxes: elements.map((element) => {
      const { top, bottom, left, right } = element.getBoundingClientRect();
      return { top, bottom, left, right };
    }),
  }));
  expect(found.scrolled).toBe(0);
  expect(found.boxes.length, label).toBeGreaterThan(0);
  found.boxes.forEach((box, i) => {
    const where = `${label} #${i} at ${Math.round(box.top)}–${Math.round(box.bottom)} px in ${size.width}×${size.height}`;
    expect(box.top >= 0 && box.bottom <= size.height && box.bottom > box.top, where).toBe(true);
    expect(box.left >= 0 && box.right <= size.width, where).toBe(true);
  });
}

/** The inputs and the main result of a tool, as the slide must show them. */
function essentials(page: Page, tool: ToolId): { label: string; locator: Locator }[] {
  if (tool === 'smart') {
    return [
      { label: 'objective', locator: page.locator('textarea[name="objective"]') },
      { label: 'score', locator: page.locator('.smart-score') },
      { label: 'criteria', locator: page.locator('.smart-criterion[data-status]') },
    ];
  }
  if (tool === 'audit') {
    return [{ label: 'first question', locator: page.locator('.audit-question').first() }];
  }
  return [
    { label: 'inputs', locator: page.locator('.kpi-inputs :is(input, select):visible') },
    { label: 'result', locator: page.locator('output[data-kpi]') },
  ];
}

/**
 * A few tools per browser page, one named step per tool: a fresh browser page for each tool cost
 * more than its checks. Every tool is still loaded afresh in both languages and both kinds of page.
 */
const SLIDE_GROUPS = 3;
const slideGroups = Array.from({ length: SLIDE_GROUPS }, (_, g) => toolIds.filter((_, i) => i % SLIDE_GROUPS === g));

test.describe('layout=slide fits a 16:9 slide', () => {
  for (const group of slideGroups) {
    test(`${group.join(', ')}: inputs and main result at 960×540 and 1280×720, fr and en, embed and tool page`, async ({
      page,
      problems,
    }) => {
      test.setTimeout(group.length * 120_000);
      for (const tool of group)
        await test.step(tool, async () => {
          for (const lang of ['fr', 'en'] as const) {
            for (const kind of ['embed', 'tools'] as const) {
              const where = `${lang} ${kind}`;
              await page.setViewportSize(frames[0]);
              await page.goto(embedUrl(tool, lang, { layout: 'slide' }, kind));
              if (tool === 'audit') {
                // The audit resumes where it was left: start each visit afresh.
                await page.evaluate(() => localStorage.clear());
                await page.reload();
              }
              await expect(page.locator('html')).toHaveAttribute('data-layout', 'slide');
              await waitForTool(page, tool);
              // On the tool page, the site's header, the Share button and the panel give way to the tool.
              if (kind === 'tools') {
                const extras = page.locator('.site-header, .site-footer, [data-share], [data-embed-panel]');
                await expect(page.locator('.site-header')).toHaveCount(1);
                for (const part of await extras.all()) await expect(part).toBeHidden();
              }
              for (const frame of frames) {
                await page.setViewportSize(frame);
                await settle(page);
                for (const { label, locator } of essentials(page, tool))
                  await expectInView(page, locator, `${where} ${label}`);
                if (tool === 'smart') await expect(page.locator('.smart-criterion[data-status]')).toHaveCount(5);
                if (tool !== 'smart' && tool !== 'audit') {
                  // The formula is there, folded.
                  await expect(page.locator('details.kpi-formula')).not.toHaveAttribute('open');
                }
              }
              if (tool === 'audit') {
                // Through the steps to the results: their summary fits the slide too.
                const next = page.locator('.audit-step .audit-buttons button:not(.secondary)');
                while ((await next.count()) > 0) await next.click();
                // The results load on demand (a chunk of their own): wait for them before measuring.
                await expect(page.locator('.audit-overall')).toBeVisible();
                for (const frame of frames) {
                  await page.setViewportSize(frame);
                  await settle(page);
                  await page.evaluate(() => scrollTo(0, 0));
                  await expectInView(page, page.locator('.audit-overall'), `${where} results summary`);
                }
              }
            }
          }
        });
      expectNoProblems(problems);
    });
  }
});

test('the heights given to hosts without embed.js hold the real content', async ({ page, problems }) => {
  const sample: { tool: ToolId; lang: 'fr' | 'en'; layout: 'page' | 'slide' }[] = [
    { tool: 'engagement-rate', lang: 'fr', layout: 'page' },
    { tool: 'share-of-voice', lang: 'en', layout: 'page' },
    { tool: 'smart', lang: 'fr', layout: 'page' },
    { tool: 'roi', lang: 'en', layout: 'slide' },
  ];
  for (const { tool, lang, layout } of sample) {
    await page.setViewportSize({ width: 390, height: 600 });
    await page.goto(embedUrl(tool, lang, layout === 'slide' ? { layout } : {}));
    await waitForTool(page, tool);
    for (const width of frameWidths as readonly FrameWidth[]) {
      await page.setViewportSize({ width, height: 600 });
      await settle(page);
      const content = await page.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
      const given = frameHeight(tool, 'normal', layout, width);
      const where = `${tool} ${lang} ${layout} at ${width} px: content ${content} px, frame ${given} px`;
      // Tall enough for the content, and not a guess padded far beyond it.
      expect(given, where).toBeGreaterThanOrEqual(content);
      expect(given, where).toBeLessThanOrEqual(content + HEIGHT_MARGIN + 60);
    }
  }
  expectNoProblems(problems);
});

test('reveal=1 in a slide: no value before “Show the answer”, then the result', async ({ page, problems }) => {
  await page.setViewportSize(frames[0]);
  await page.goto(embedUrl('ctr', 'en', { layout: 'slide', reveal: '1' }));
  const button = page.getByRole('button', { name: 'Show the answer' });
  await expect(button).toBeVisible();
  await expect(page.locator('output[data-kpi="ctr"]')).not.toHaveAttribute('data-value');
  await expectInView(page, button, 'reveal button');
  await expectAccessible(page);
  await button.click();
  await expect(page.locator('output[data-kpi="ctr"]')).toHaveAttribute('data-value', '0.75');
  await page.getByLabel('Clicks').fill('56');
  await expect(page.locator('output[data-kpi="ctr"]')).not.toHaveAttribute('data-value');
  await expect(button).toBeVisible();
  expectNoProblems(problems);
});
