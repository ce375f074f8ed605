/**
 * Input-to-result latency: Playwright types into a tool's labelled inputs, key by key, with the
 * CPU slowed down 4x (CDP Emulation.setCPUThrottlingRate), and the page's own Event Timing API
 * (PerformanceObserver type 'event', durationThreshold 16) reports how long each interaction took
 * from the key press to the next paint. The worst interaction is what INP would report.
 */
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS } from '../browser.mjs';

/** A field to type into and what to type, key by key. */
export interface TypingStep {
  /** CSS selector of the input or textarea. */
  selector: string;
  text: string;
}

/** Files given to a file input (setup, not measured: no key or click), then a selector to wait for. */
export interface FilesStep {
  kind: 'files';
  selector: string;
  paths: string[];
  ready: string;
}

/** A click (a button, a summary), measured as one interaction. */
export interface ClickStep {
  kind: 'click';
  selector: string;
}

/**
 * Keys pressed in a focused element, each measured: in a select list, `Home` and `End` choose its
 * first and last options as a visitor's keyboard does (Playwright's `selectOption` dispatches
 * events from script, which the Event Timing API does not report).
 */
export interface KeysStep {
  kind: 'keys';
  selector: string;
  keys: string[];
}

export type InteractionStep = TypingStep | FilesStep | ClickStep | KeysStep;

/**
 * How long the pointer rests on its target before it presses (ms). Playwright's `click()` moves the
 * mouse and presses in the same instant, so the press waited for the page to handle the pointer's
 * arrival (hover styles, `pointerover` listeners): work a visitor's hand never waits for, since a
 * pointer reaches its target and slows down before it presses. The arrival's events are not
 * interactions (Event Timing reports them, INP leaves them out); what the page does on arrival
 * still counts where it is still running when the press comes.
 */
export const POINTER_REST_MS = 200;

/** Moves the pointer onto the target, lets it rest, then clicks (see POINTER_REST_MS). */
async function pointAndClick(page: Page, target: ReturnType<Page['locator']>): Promise<void> {
  await target.hover();
  await page.waitForTimeout(POINTER_REST_MS);
  await target.click();
}

/** Runs one step; returns how many interactions it made (keys typed, clicks, choices). */
export async function runStep(page: Page, step: InteractionStep): Promise<number> {
  if (!('kind' in step)) {
    const field = page.locator(step.selector).first();
    await pointAndClick(page, field);
    await field.press('ControlOrMeta+a');
    await field.press('Backspace');
    await field.pressSequentially(step.text, { delay: 60 });
    return 3 + step.text.length; // Control, a, Backspace, then the text: every keydown counts
  }
  if (step.kind === 'files') {
    await page.locator(step.selector).first().setInputFiles(step.paths);
    await page.locator(step.ready).first().waitFor({ timeout: 60_000 });
    await page.waitForTimeout(500);
    return 0;
  }
  const target = page.locator(step.selector).first();
  if (step.kind === 'click') {
    await pointAndClick(page, target);
    await page.waitForTimeout(300);
    return 1;
  }
  await target.focus();
  for (const key of step.keys) {
    await target.press(key);
    await page.waitForTimeout(300);
  }
  return step.keys.length;
}

export interface InteractionRun {
  /** Worst interaction (ms, Event Timing duration), or null when none reached the 16 ms threshold. */
  worstMs: number | null;
  /**
   * Entries at or above 16 ms, grouped by interaction (worst first, at most 10 kept), split into
   * input delay (main thread busy before the handlers), processing (the handlers) and presentation
   * (rendering until the next paint).
   */
  slowest: EventEntry[];
  /** Interactions made: keys typed, clicks and choices (files given to an input are not one). */
  keys: number;
  /** Whether the visible result changed while typing (a sanity check that the tool responded). */
  resultChanged: boolean;
}

export const CPU_SLOWDOWN = 4;

interface EventEntry {
  name: string;
  startTime: number;
  /** For a keydown: which key press of the run it was (1 = the first). */
  key?: number;
  duration: number;
  interactionId: number;
  inputDelay: number;
  processing: number;
  presentation: number;
}

const OBSERVER = `
  window.__benchEvents = [];
  window.__benchKeys = [];
  addEventListener('keydown', (e) => window.__benchKeys.push(e.timeStamp), true);
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      window.__benchEvents.push({
        name: e.name,
        duration: e.duration,
        interactionId: e.interactionId || 0,
        startTime: e.startTime,
        inputDelay: Math.round(e.processingStart - e.startTime),
        processing: Math.round(e.processingEnd - e.processingStart),
        presentation: Math.round(e.startTime + e.duration - e.processingEnd),
      });
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
`;

async function hydrated(page: Page) {
  // Astro removes the `ssr` attribute of an island once it has hydrated.
  await page
    .waitForFunction(() => !document.querySelector('astro-island[ssr]'), undefined, { timeout: 20_000 })
    .catch(() => undefined);
}

/** Runs the steps in the page at `url` once, under 4x CPU slowdown, and returns the worst interaction. */
export async function measureInteractions(
  executablePath: string | undefined,
  url: string,
  steps: readonly InteractionStep[],
): Promise<InteractionRun> {
  const browser = await chromium.launch({
    args: CHROMIUM_ARGS,
    ...(executablePath ? { executablePath } : {}),
  });
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(OBSERVER);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    const response = await page.goto(url, { waitUntil: 'load' });
    if (!response || response.status() >= 400) throw new Error(`${url} answered ${response?.status() ?? 'nothing'}`);
    await hydrated(page);
    await page.waitForTimeout(500);

    const resultText = () => page.evaluate(() => document.querySelector('main')?.textContent ?? '');
    const before = await resultText();
    let keys = 0;
    for (const step of steps) keys += await runStep(page, step);
    // Let the last interactions paint and be reported.
    await page.waitForTimeout(1_000);
    const after = await resultText();

    const { entries, keyTimes } = await page.evaluate(() => {
      const w = window as unknown as { __benchEvents: EventEntry[]; __benchKeys: number[] };
      return { entries: w.__benchEvents, keyTimes: w.__benchKeys };
    });
    for (const e of entries) {
      const key = e.name === 'keydown' ? keyTimes.findIndex((t) => Math.abs(t - e.startTime) < 1) : -1;
      if (key >= 0) e.key = key + 1;
    }
    const byInteraction = new Map<number, EventEntry>();
    for (const e of entries) {
      if (e.interactionId === 0) continue;
      const seen = byInteraction.get(e.interactionId);
      if (!seen || e.duration > seen.duration) byInteraction.set(e.interactionId, e);
    }
    const slowest = [...byInteraction.values()].sort((a, b) => b.duration - a.duration).slice(0, 10);
    return { worstMs: slowest[0]?.duration ?? null, slowest, keys, resultChanged: before !== after };
  } finally {
    await browser.close();
  }
}
