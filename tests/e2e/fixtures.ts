/**
 * Shared e2e fixtures. Every test gets a `problems` list that collects, for its page:
 * console errors, uncaught exceptions, Content-Security-Policy violations and failed requests
 * to other origins. Tests assert it is empty (`expectNoProblems`).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test as base, expect, type Frame, type Page } from '@playwright/test';
import { builtPages as pagesOfBuild } from '../build/dist';

export interface Problems {
  list: string[];
}

export const test = base.extend<{ problems: Problems }>({
  problems: async ({ page }, use) => {
    const problems: Problems = { list: [] };
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        console.error(
          `CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`,
        );
      });
    });
    page.on('console', (msg) => {
      if (msg.type() === 'error') problems.list.push(`console: ${msg.text()}`);
    });
    page.on('pageerror', (err) => problems.list.push(`exception: ${err.message}`));
    page.on('request', (req) => {
      const url = new URL(req.url());
      if (
        !['127.0.0.1', 'localhost'].includes(url.hostname) &&
        !['data:', 'blob:', 'about:', 'file:'].includes(url.protocol)
      ) {
        problems.list.push(`third-party request: ${req.url()}`);
      }
    });
    await use(problems);
  },
});

export { expect };

export function expectNoProblems(problems: Problems): void {
  expect(problems.list, problems.list.join('\n')).toEqual([]);
}

/** The WCAG rule sets every page must pass. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * axe-core itself, run in the page. Measured here (2 cores, Chromium 156): the
 * `@axe-core/playwright` builder took 15–34 s a page (it opens a blank page for every analysis and
 * parses axe there again), its legacy mode 8–18 s, axe injected and run directly 4–8 s, for the
 * same violations. The page walk analyses about a hundred and fifty pages: the difference was
 * most of the end-to-end run. `page.evaluate` runs in the page's main world whatever its CSP
 * allows, so the strict policy is tested as it is.
 *
 * Each frame is analysed on its own (the page, then every frame with a document): axe's own
 * frame-to-frame messaging waits up to a minute for a frame that has no axe, such as a lazy
 * iframe that starts loading while the page is analysed.
 */
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * Gives every document the page loads from now on axe-core before its own scripts, so that a walk
 * through many pages in one browser page does not send and parse axe again for each (about half a
 * second a page here). axe only defines `window.axe` until it is run.
 */
export async function preloadAxe(page: Page): Promise<void> {
  await page.addInitScript(axeSource);
}

async function violationsIn(frame: Frame): Promise<AxeViolation[]> {
  if (!(await frame.evaluate(() => 'axe' in window))) await frame.evaluate(axeSource);
  return frame.evaluate(async (tags): Promise<AxeViolation[]> => {
    interface Result {
      violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[];
    }
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<Result> } }).axe;
    const results = await axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
      iframes: false,
    });
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
  }, AXE_TAGS);
}

export async function expectAccessible(page: Page): Promise<void> {
  const violations: AxeViolation[] = [];
  for (const frame of page.frames()) {
    const main = frame === page.mainFrame();
    // A lazy iframe not loaded yet is an empty about:blank: nothing to analyse.
    if (!main && (frame.isDetached() || frame.url() === 'about:blank' || frame.url() === '')) continue;
    try {
      const found = await violationsIn(frame);
      violations.push(...found.map((v) => (main ? v : { ...v, targets: v.targets.map((t) => `${frame.url()} ${t}`) })));
    } catch (error) {
      // A frame that navigated or went away while analysed: the page itself must not.
      if (main) throw error;
    }
  }
  const summary = violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.targets.slice(0, 5).join('\n    ')}`,
  );
  expect(summary, summary.join('\n')).toEqual([]);
}

export { distDir } from '../build/dist';

/** Every HTML page of the build, as a URL path (`/fr/guide/`), skipping Pagefind's files. */
export function builtPages(): string[] {
  return pagesOfBuild().map((p) => p.path);
}
