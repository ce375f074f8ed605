// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: [
      'dist/',
      '.astro/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      '.tmp/',
      'bench/tmp/',
      'tests/fixtures/*/.astro/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[property.name='innerHTML']",
          message: 'Never insert HTML: build nodes, or set textContent.',
        },
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Never insert HTML: render Preact nodes.',
        },
        {
          selector: "JSXAttribute[name.name='style']",
          message: 'Inline styles break the Content-Security-Policy: use a class.',
        },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'zod', message: 'Use zod/mini in code that reaches the browser, astro/zod in content schemas.' },
          ],
        },
      ],
    },
  },
  // The SMART engine and checker: files a newcomer can read (one function per criterion, the
  // analysis lifecycle in a hook).
  {
    files: ['src/lib/smart/**/*.ts', 'src/islands/SmartChecker.tsx', 'src/islands/smart/**/*.{ts,tsx}'],
    rules: { 'max-lines': ['error', 300], 'max-lines-per-function': ['error', 80] },
  },
);
