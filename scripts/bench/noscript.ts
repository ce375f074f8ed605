/**
 * The interaction bench's second kind of control: a tool page copied without its scripts, as the
 * visitor sees it once it has loaded (the dashboard's once the export is read). Typed into and
 * clicked the same way as the real page (./pages.ts says where a step is left out), each of its
 * interactions asks the browser for no more than the real page's does, with no script at all: its
 * worst interaction is the floor the browser and this machine set for that page's size and shape.
 * The plain control page (./pages.ts, `CONTROL_HTML`) gives the same floor for three fields.
 *
 * ./run.ts writes the copies into the served directory before the interaction runs, under
 * NOSCRIPT_PATH, and ./trace.ts does the same for the pages it traces.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS } from '../browser.mjs';
import { runStep, type InteractionStep } from './interactions.ts';
import { scriptFreeHtml } from './noscript-html.ts';

export const NOSCRIPT_PATH = '/__bench/noscript/';

/** What to copy: the real page, and the steps that bring it to the state copied. */
export interface NoscriptCopy {
  /** The real page's path. */
  of: string;
  /** Steps run on the real page before it is copied (setup: not measured). */
  prepare: InteractionStep[];
}

/** Copies each page at `origin` (served from `outDir`) to `outDir` + `path`, without its scripts. */
export async function writeNoscriptCopies(
  executablePath: string | undefined,
  origin: string,
  outDir: string,
  copies: readonly { path: string; copy: NoscriptCopy }[],
): Promise<void> {
  if (copies.length === 0) return;
  const browser = await chromium.launch({ args: CHROMIUM_ARGS, ...(executablePath ? { executablePath } : {}) });
  try {
    for (const { path, copy } of copies) {
      // No service worker: its registration is one of the scripts the copy leaves out.
      const context = await browser.newContext({ serviceWorkers: 'block' });
      const page = await context.newPage();
      const response = await page.goto(origin + copy.of, { waitUntil: 'load' });
      if (!response || response.status() >= 400)
        throw new Error(`${copy.of} answered ${response?.status() ?? 'nothing'}`);
      await page
        .waitForFunction(() => !document.querySelector('astro-island[ssr]'), undefined, { timeout: 20_000 })
        .catch(() => undefined);
      for (const step of copy.prepare) await runStep(page, step);
      const html = await page.evaluate(scriptFreeHtml, undefined);
      mkdirSync(join(outDir, path), { recursive: true });
      writeFileSync(join(outDir, path, 'index.html'), html);
      await context.close();
    }
  } finally {
    await browser.close();
  }
}
