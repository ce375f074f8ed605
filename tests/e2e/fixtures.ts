/**
 * Shared e2e fixtures. Every test gets a `problems` list that collects, for its page:
 * console errors, uncaught exceptions, Content-Security-Policy violations and failed requests
 * to other origins. Tests assert it is empty (`expectNoProblems`).
 */
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
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

export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 5)
        .join('\n    ')}`,
  );
  expect(summary, summary.join('\n')).toEqual([]);
}

export { distDir } from '../build/dist';

/** Every HTML page of the build, as a URL path (`/fr/guide/`), skipping Pagefind's files. */
export function builtPages(): string[] {
  return pagesOfBuild().map((p) => p.path);
}
