/**
 * Launches the machine's Chromium (scripts/browser.mjs finds it) headless with a remote-debugging
 * port, for Lighthouse to drive. Each launch gets a fresh profile, removed on close.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, findBrowser } from '../browser.mjs';

export interface LaunchedChromium {
  port: number;
  process: ChildProcess;
  close(): Promise<void>;
}

/** The path of the Chromium binary to use, or undefined for Playwright's own. */
export async function chromiumPath(): Promise<string | undefined> {
  const found = await findBrowser();
  if (found.source === 'none') throw new Error('No Chromium found: install one or set SMM_CHROMIUM (see README).');
  if (found.path) return found.path;
  const { chromium } = await import('@playwright/test');
  return chromium.executablePath();
}

/** "Chromium 156.0.8078.108 built on Debian …" → the first line of `--version`. */
export function chromiumVersion(path: string): string {
  const r = spawnSync(path, ['--version'], { encoding: 'utf8' });
  return (
    (r.stdout || r.stderr || '')
      .split('\n')
      .find((l) => /\d+\.\d+/.test(l))
      ?.trim() ?? 'unknown'
  );
}

export async function launchChromium(path: string, timeoutMs = 30_000): Promise<LaunchedChromium> {
  const profile = mkdtempSync(join(tmpdir(), 'smm-bench-chromium-'));
  const child = spawn(
    path,
    [...CHROMIUM_ARGS, '--headless', '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const port = await new Promise<number>((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not open a debugging port: ${seen}`)), timeoutMs);
    child.stderr?.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(seen);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Chromium exited (${code}) before opening a debugging port: ${seen}`));
    });
  });
  // Keep draining stderr so that Chromium never blocks on a full pipe.
  child.stderr?.resume();
  return {
    port,
    process: child,
    close: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
        await exited;
        clearTimeout(timer);
      }
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
