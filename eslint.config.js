// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** The code that ships or builds the site gets the type-aware rules; tests get the others (see below). */
const typedFiles = ['src/**/*.{ts,tsx,mts}', 'scripts/**/*.{ts,mts}'];

export default defineConfig(
  {
    ignores: [
      'dist*/',
      '.astro/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      '.tmp/',
      'bench/tmp/',
      'tests/fixtures/*/.astro/',
      // Two modules importing each other on purpose: tests/unit/repository.test.ts finds their cycle.
      'tests/fixtures/import-cycle/',
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
      // A file or a function a newcomer can read at once. Each exception says why at its top.
      'max-lines': ['error', { max: 300, skipBlankLines: true, skipComments: true }],
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    // Preact hooks follow React's rules: the plugin knows hooks by their names (useState, use…).
    files: ['src/**/*.tsx', 'tests/**/*.tsx'],
    plugins: { 'react-hooks': { rules: reactHooks.rules } },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    // Every package imported is declared in package.json. (Import cycles are found by a test over
    // the module graph, tests/unit/repository.test.ts: import-x/no-cycle cost ~45 s here.)
    files: ['**/*.{js,mjs,ts,tsx,mts,astro}'],
    plugins: { 'import-x': importX },
    rules: {
      'import-x/no-extraneous-dependencies': [
        'error',
        { devDependencies: true, optionalDependencies: false, peerDependencies: false },
      ],
    },
  },
  {
    // Type-aware rules (promises left floating or misused, `any` leaking in, needless casts) on the
    // code of the site and its scripts. They double the cost of ESLint (a TypeScript program is
    // built), so the tests, where DOM casts and `any` from JSON are the norm, are left out.
    files: typedFiles,
    extends: [tseslint.configs.recommendedTypeCheckedOnly],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
  },
  {
    // Tests may hold long `describe` blocks of cases.
    files: ['tests/**'],
    rules: { 'max-lines-per-function': 'off' },
  },
);
