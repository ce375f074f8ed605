// Finds the Chromium that the browser tests drive. Order: the SMM_CHROMIUM environment variable,
// then Debian's /usr/bin/chromium, then Playwright's own download (if one was ever installed).
import { existsSync } from 'node:fs';

export const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** Flags every launch uses: no sandbox (root in CI), and no calls home from the browser. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** @returns {Promise<{ path: string | undefined, source: string }>} */
export async function findBrowser() {
  const fromEnv = process.env.SMM_CHROMIUM;
  if (fromEnv) {
    if (existsSync(fromEnv)) return { path: fromEnv, source: 'SMM_CHROMIUM' };
    throw new Error(`SMM_CHROMIUM is set to ${fromEnv}, but no file is there.`);
  }
  for (const candidate of SYSTEM_CHROMIUM) {
    if (existsSync(candidate)) return { path: candidate, source: 'system' };
  }
  try {
    const { chromium } = await import('@playwright/test');
    const own = chromium.executablePath();
    if (own && existsSync(own)) return { path: undefined, source: `Playwright's own Chromium (${own})` };
  } catch {
    // Playwright has no browser of its own here.
  }
  return { path: undefined, source: 'none' };
}
