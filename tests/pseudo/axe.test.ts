/**
 * One pseudo-locale page in Chromium with axe-core (as the end-to-end tests run it): `lang`
 * (`en-xa`, which axe's valid-lang reads as English), the longer texts and the language switch
 * with three locales. The page is served from the build folder through Playwright's request
 * routing: no server, no port.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { extname, join } from 'node:path';
import { chromium } from '@playwright/test';
import { expect, it } from 'vitest';
import { PSEUDO } from '../../scripts/pseudo/language';
import { CHROMIUM_ARGS, findBrowser } from '../../scripts/browser.mjs';
import { distDir } from '../build/dist';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
const ORIGIN = 'http://pseudo.invalid';

it('a calculator in the pseudo-locale has no axe violation', async () => {
  const { path } = await findBrowser();
  const browser = await chromium.launch(path ? { executablePath: path, args: CHROMIUM_ARGS } : { args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    await page.route(`${ORIGIN}/**`, async (route) => {
      let file = join(distDir, decodeURIComponent(new URL(route.request().url()).pathname));
      if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
      if (!existsSync(file)) return route.fulfill({ status: 404, body: '' });
      return route.fulfill({ path: file, contentType: TYPES[extname(file)] ?? 'application/octet-stream' });
    });
    await page.goto(`${ORIGIN}/${PSEUDO.id}/tools/ctr/`);
    await page.waitForSelector('astro-island:not([ssr])');
    expect(await page.getAttribute('html', 'lang')).toBe(PSEUDO.id);
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async (tags) => {
      const axe = (
        window as unknown as {
          axe: { run: (d: Document, o: object) => Promise<{ violations: { id: string; help: string }[] }> };
        }
      ).axe;
      const results = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
      return results.violations.map((v) => `${v.id}: ${v.help}`);
    }, TAGS);
    expect(violations).toEqual([]);
  } finally {
    await browser.close();
  }
}, 60_000);
