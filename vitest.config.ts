import preact from '@preact/preset-vite';
import { globSync, readFileSync } from 'node:fs';
import type { PluginOption } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * Projects: `unit` runs src/lib and content tests in Node (`unit-zones`, those that change the
 * time zone); `components` runs island tests
 * in happy-dom; `build` checks the built site (links, HTML, budgets, headers) and so runs after
 * `npm run build`; `pseudo` checks the pseudo-locale's build (`npm run build:pseudo`);
 * `libreoffice` has LibreOffice recalculate the templates' spreadsheets, apart from `npm test`
 * (`npm run test:templates:libreoffice`). Astro modules are never imported here: islands and libs are plain TypeScript.
 */
/**
 * `npm test` runs the unit tests beside the type check and the build, so both cores are busy:
 * property tests that take 1–2 s alone have taken over 6 s there. 30 s still stops a test that hangs.
 */
const testTimeout = 30_000;

/**
 * Test files that change the time zone (`process.env['TZ'] = …`), which only a process's main
 * thread can do: they run in child processes (projects `unit-zones`, `components-zones`), the rest
 * in worker threads.
 */
const setsZone = (file: string) => /process\.env(\.TZ|\[['"]TZ['"]\])\s*=[^=]/.test(readFileSync(file, 'utf8'));
const ZONES = {
  unit: globSync('tests/unit/**/*.test.ts').filter(setsZone),
  components: globSync('tests/components/**/*.test.{ts,tsx}').filter(setsZone),
};

/**
 * A project run in worker threads, and its `-zones` twin running `zones` (its files that change
 * the time zone) in child processes, Vitest's default.
 */
function inThreads(
  name: string,
  test: { environment: 'node' | 'happy-dom'; include: string[]; setupFiles?: string[] },
  zones: string[],
  plugins: PluginOption[] = [],
) {
  return [
    { plugins, test: { ...test, name, pool: 'threads' as const, testTimeout, exclude: zones } },
    { plugins, test: { ...test, name: `${name}-zones`, pool: 'forks' as const, testTimeout, include: zones } },
  ];
}

export default defineConfig({
  test: {
    projects: [
      // Worker threads instead of child processes: the same tests for ~25 % less CPU (75 → 55
      // CPU-seconds for unit and components, measured with a cgroup), which `npm test` spends beside
      // the browser tests on two cores. The files that change the time zone run in child processes.
      ...inThreads('unit', { environment: 'node', include: ['tests/unit/**/*.test.ts'] }, ZONES.unit),
      ...inThreads(
        'components',
        {
          environment: 'happy-dom',
          setupFiles: ['tests/components/setup.ts'],
          include: ['tests/components/**/*.test.{ts,tsx}'],
        },
        ZONES.components,
        [preact()],
      ),
      {
        test: {
          name: 'build',
          environment: 'node',
          testTimeout,
          include: ['tests/build/**/*.test.ts'],
        },
      },
      {
        // The pseudo-locale's build (`npm run build:pseudo`, in .tmp/pseudo/site/dist): its own
        // checks and the build checks that apply to a build of a few pages (`npm run test:pseudo`
        // leaves out the one about the search pages, which are not among them).
        test: {
          name: 'pseudo',
          environment: 'node',
          testTimeout,
          include: [
            'tests/pseudo/**/*.test.ts',
            'tests/build/html.test.ts',
            'tests/build/headers.test.ts',
            'tests/build/budgets.test.ts',
          ],
        },
      },
      {
        // Not part of `npm test`: `npm run test:templates:libreoffice` (needs libreoffice-calc).
        test: {
          name: 'libreoffice',
          environment: 'node',
          include: ['tests/libreoffice/**/*.test.ts'],
          testTimeout: 60_000,
        },
      },
    ],
  },
});
