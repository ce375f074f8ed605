import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findBrowser } from './scripts/browser.mjs';
import { registerGlobHooks } from './scripts/node/glob-hooks.mjs';

// The specs import modules of src/ whose language registries use Vite's `import.meta.glob`:
// Node gets it from this hook (loaded in the runner and in each worker, as this file is).
registerGlobHooks();

/**
 * End-to-end tests run against the built site (`astro build` has run before) served as
 * production serves it: scripts/serve/server.ts applies dist/_headers (framing, CORP, COOP…),
 * which Astro's own preview server would ignore. The site is at 127.0.0.1; `localhost` on the same port is
 * another site, for cross-site tests. SMM_PORT and SMM_OUT_DIR let two runs live side by side.
 */
const port = Number(process.env.SMM_PORT ?? 4321);
const baseURL = `http://127.0.0.1:${port}`;
const browser = await findBrowser();

export default defineConfig({
  testDir: './tests/e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  // In `npm test` the browser tests share both cores with the type check, lint and the other tests
  // (scripts/test.mjs): limits are for hangs, with room for a busy machine, not for speed.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list'], ['github']] : 'list',
  use: {
    baseURL,
    trace: 'off',
    // Every first visit installs the offline worker, which copies the tools of the page's language
    // and then, once the browser is idle, the rest of the site: in a fresh browser context per
    // test, that copying was most of the suite's time. The worker is tested where it is the
    // subject (offline.spec.ts, sw-update.spec.ts, which allow it); elsewhere its registration
    // is blocked, as in a browser without service workers.
    serviceWorkers: 'block',
    launchOptions: {
      args: CHROMIUM_ARGS,
      ...(browser.path ? { executablePath: browser.path } : {}),
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    // The pinned Node 24 runs the server, whichever Node started Playwright.
    command: `./node_modules/.bin/node scripts/serve/cli.ts --fast --port ${port}`,
    url: `${baseURL}/fr/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
