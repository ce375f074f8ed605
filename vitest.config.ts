import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';

/**
 * Four projects: `unit` runs src/lib and content tests in Node; `components` runs island tests
 * in happy-dom; `build` checks the built site (links, HTML, budgets, headers) and so runs after
 * `npm run build`; `libreoffice` has LibreOffice recalculate the templates' spreadsheets, apart
 * from `npm test` (`npm run test:templates:libreoffice`). Astro modules are never imported here: islands and libs are plain TypeScript.
 */
/**
 * `npm test` runs the unit tests beside the type check and the build, so both cores are busy:
 * property tests that take 1–2 s alone have taken over 6 s there. 30 s still stops a test that hangs.
 */
const testTimeout = 30_000;

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          testTimeout,
          include: ['tests/unit/**/*.test.ts'],
        },
      },
      {
        plugins: [preact()],
        test: {
          name: 'components',
          environment: 'happy-dom',
          testTimeout,
          include: ['tests/components/**/*.test.{ts,tsx}'],
        },
      },
      {
        test: {
          name: 'build',
          environment: 'node',
          testTimeout,
          include: ['tests/build/**/*.test.ts'],
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
