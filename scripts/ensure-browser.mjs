// Makes sure a Chromium is there for the browser tests, and says what it did.
// 1. SMM_CHROMIUM, if set; 2. /usr/bin/chromium; 3. Playwright's own Chromium;
// 4. otherwise: on Debian/Ubuntu as root, `apt-get install chromium`; elsewhere,
//    `npx playwright install chromium`.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findBrowser } from './browser.mjs';

function run(cmd, args) {
  console.log(`[browser] $ ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  return r.status === 0;
}

let found;
try {
  found = await findBrowser();
} catch (error) {
  console.error(`[browser] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
if (found.source !== 'none') {
  console.log(`[browser] Using ${found.path ?? found.source}${found.path ? ` (${found.source})` : ''}.`);
  process.exit(0);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && existsSync('/usr/bin/apt-get')) {
  console.log('[browser] No Chromium found: installing Debian\'s "chromium" package with apt-get (as root).');
  if (run('apt-get', ['update']) && run('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'])) {
    console.log('[browser] Installed /usr/bin/chromium; the browser tests will use it.');
    process.exit(0);
  }
  console.error('[browser] apt-get could not install chromium.');
} else {
  console.log('[browser] No Chromium found: asking Playwright to download its own (npx playwright install chromium).');
  if (run('npx', ['playwright', 'install', 'chromium'])) {
    console.log("[browser] Installed Playwright's Chromium; the browser tests will use it.");
    process.exit(0);
  }
}
console.error(
  '[browser] No browser for the end-to-end tests. Install Chromium (Debian: `apt-get install chromium`), ' +
    'or point SMM_CHROMIUM at a Chromium or Chrome binary, then run `npm test` again.',
);
process.exit(1);
