// @ts-check
import { defineConfig } from 'astro/config';
import preact from '@astrojs/preact';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { compileHints } from './src/build/compile-hints.mjs';
import { embedScriptFile } from './src/build/embed-script.mjs';
import { headers } from './src/build/headers.mjs';
import { languageTables } from './src/build/language-tables.mjs';
import { socialImages } from './src/build/social-images.ts';
import { precache } from './src/build/precache.mjs';
import { defaultLocale, localeTags, locales } from './src/lib/i18n/locales.ts';

/**
 * The public site address. Canonical URLs, hreflang alternates and the sitemap are built from it.
 * Set SITE_URL when deploying elsewhere.
 */
const site = process.env.SITE_URL ?? 'https://smm-guide.example.org';

/*
 * Out dir and cache dir can be moved with SMM_OUT_DIR / SMM_CACHE_DIR so that two builds can run
 * side by side (tests, benchmark). Everyone else uses the defaults.
 */
const outDir = process.env.SMM_OUT_DIR ?? './dist';
const cacheDir = process.env.SMM_CACHE_DIR ?? './node_modules/.astro';

export default defineConfig({
  site,
  outDir,
  cacheDir,
  trailingSlash: 'always',
  build: { format: 'directory' },
  i18n: {
    locales: [...locales],
    defaultLocale,
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  integrations: [
    headers(),
    embedScriptFile(),
    preact(),
    mdx(),
    // Preview images of every page and the app icons, rendered at build time (see the file).
    socialImages(),
    sitemap({
      // Error pages are not content, and embeds point (canonical) to their tool page: both stay
      // out of the sitemap.
      filter: (page) => !/\/404\/?$/.test(page) && !/\/embed\//.test(page),
      i18n: { defaultLocale, locales: localeTags },
    }),
    // Writes /sw.js with the list of the build's own files (after every other file is written).
    precache(),
  ],
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "frame-src 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Pagefind compiles WebAssembly: the search pages add 'wasm-unsafe-eval' for themselves.
      scriptDirective: { resources: ["'self'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  server: { host: '127.0.0.1', port: Number(process.env.SMM_PORT ?? 4321) },
  // No code highlighting: Shiki's inline styles would break the CSP, and the site shows no code.
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
  vite: {
    // The SMART checker's worker fetches its engine with import(): only an ES-module worker can.
    // The language registries' tables written as literals, and the languages' chunks named after
    // them (src/build/language-tables.mjs): in the page's build and in the SMART worker's.
    worker: { format: 'es', plugins: () => [languageTables()] },
    // V8 compiles our scripts while they download instead of during hydration (see the plugin).
    plugins: [
      languageTables(),
      compileHints(),
      {
        // A dynamic import() preloads only its style sheets, not the chunks that its chunk imports:
        // an on-demand part's imports are already loaded with the page, and their list was
        // repeated in every chunk that imports one (the tool pages' JavaScript budget, see
        // docs/performance.md). Astro sets `build.modulePreload` itself: this sets it for the
        // browser's build only.
        name: 'smm:no-module-preload',
        configEnvironment: (name) => (name === 'client' ? { build: { modulePreload: false } } : undefined),
      },
    ],
  },
});
