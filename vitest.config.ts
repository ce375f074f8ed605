import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` runs src/lib tests in Node; `components` runs island tests in happy-dom.
 * Astro modules are never imported here: islands and libs are plain TypeScript.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
        },
      },
      {
        plugins: [preact()],
        test: {
          name: 'components',
          environment: 'happy-dom',
          include: ['tests/components/**/*.test.{ts,tsx}'],
        },
      },
    ],
  },
});
