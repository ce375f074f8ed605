/**
 * When a tool's page has finished drawing its result, for measurements and tests: the KPI
 * calculators once hydrated with a value, the SMART checker once its score is shown, the audit
 * once ready. Shared by scripts/heights/measure.ts and tests/e2e/slides.spec.ts.
 */
import type { Page } from '@playwright/test';

export async function waitForTool(page: Page, tool: string): Promise<void> {
  if (tool === 'smart') await page.locator('.smart-score').waitFor();
  else if (tool === 'audit') await page.locator('.audit[data-ready="true"]').waitFor();
  else await page.locator('output[data-value]').first().waitFor();
  await settle(page);
}

/** Two animation frames: layout has followed the last change. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))),
  );
}
