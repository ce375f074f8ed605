// @ts-check
/**
 * Build step (an Astro integration, `astro:build:done`): writes `/sw.js`, the service worker, from
 * its body (src/lib/embed/sw.js) and a manifest made from the build's own files, so that the worker
 * never has to discover what to cache by reading pages at install time.
 *
 * The manifest lists, for every file that offline use needs, its path and a hash of its content;
 * for every page, the built files it loads (scripts, style sheets, workers, fonts, found in its HTML
 * and, transitively, in those files); and the pages of each language's tools. The worker's version
 * is a hash of the whole list: a deploy that changes nothing changes no byte of `/sw.js`, and a
 * deploy that changes a few files makes the worker fetch only those (the others are copied from
 * the previous cache).
 *
 * Pages kept for offline use: every page but the search pages and the per-language 404 pages (the
 * search needs Pagefind's index, which is not precached); plus `/`, `/404.html`, `/favicon.svg` and
 * `/embed.js`.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Files every visit may need besides its page. */
const SHARED = ['/', '/404.html', '/favicon.svg', '/embed.js'];

/** @param {Buffer | string} content */
export function contentHash(content) {
  return createHash('sha256').update(content).digest('hex').slice(0, 16);
}

/** @param {string} file a path relative to the output dir, with `/` */
export function urlOf(file) {
  if (file === 'index.html') return '/';
  if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
  return `/${file}`;
}

/** @param {string} url */
export function isOfflinePage(url) {
  if (!url.endsWith('/')) return url === '/404.html';
  return !/^\/[a-z]{2}\/(search|404)\/$/.test(url);
}

const REFS = [
  // HTML attributes, Astro island attributes.
  /(?:src|href|component-url|renderer-url|before-hydration-url)="([^"]+)"/g,
  // Any string literal naming a built file: imports, Vite's dependency lists, workers' URLs.
  /["'`]((?:\.{1,2}\/|\/)?(?:_astro\/)?[\w.~-]+\.(?:js|mjs|css|woff2?|svg|png|webp|avif|jpg|wasm))["'`]/g,
  /url\(\s*["']?([^"')]+)["']?\s*\)/g,
];

/**
 * The built files (under /_astro/) one file refers to. Relative references in a file under /_astro/
 * are resolved against it; a bare `x.js` in a page is not a reference.
 * @param {string} text @param {string} url @param {Set<string>} known
 */
function referencesOf(text, url, known) {
  /** @type {Set<string>} */
  const found = new Set();
  for (const pattern of REFS) {
    for (const match of text.matchAll(pattern)) {
      const raw = (match[1] ?? '').replace(/&amp;/g, '&');
      let target;
      try {
        const base = new URL(url, 'https://x.invalid');
        target = new URL(raw.startsWith('_astro/') ? `/${raw}` : raw, base);
      } catch {
        continue;
      }
      if (target.origin !== 'https://x.invalid') continue;
      if (known.has(target.pathname) && target.pathname.startsWith('/_astro/')) found.add(target.pathname);
    }
  }
  return found;
}

/**
 * The manifest from the build's files.
 * @param {Map<string, Buffer>} files url -> content, every file of the build
 * @param {(url: string) => string | undefined} langOfTool the language of a tool or embed page, if it is one
 */
export function buildManifest(files, langOfTool) {
  const known = new Set(files.keys());
  /** @type {Map<string, Set<string>>} */
  const direct = new Map();
  for (const [url, content] of files) {
    if (/\.(html|js|mjs|css)$/.test(url) || url.endsWith('/')) {
      direct.set(url, referencesOf(content.toString('utf8'), url, known));
    }
  }
  /** @param {string} url */
  const closure = (url) => {
    /** @type {Set<string>} */
    const seen = new Set();
    const queue = [...(direct.get(url) ?? [])];
    while (queue.length > 0) {
      const next = /** @type {string} */ (queue.pop());
      if (seen.has(next)) continue;
      seen.add(next);
      queue.push(...(direct.get(next) ?? []));
    }
    return [...seen].sort();
  };
  const pageUrls = [...known].filter((u) => isOfflinePage(u) && (u.endsWith('/') || u === '/404.html')).sort();
  /** @type {Record<string, string[]>} */
  const pages = {};
  for (const page of pageUrls) pages[page] = closure(page);
  for (const extra of SHARED) if (known.has(extra) && !(extra in pages)) pages[extra] = closure(extra);
  const listed = new Set(Object.keys(pages));
  for (const assets of Object.values(pages)) for (const a of assets) listed.add(a);
  /** @type {Record<string, string>} */
  const hashes = {};
  for (const url of [...listed].sort()) hashes[url] = contentHash(/** @type {Buffer} */ (files.get(url)));
  /** @type {Record<string, string[]>} */
  const langs = {};
  for (const page of pageUrls) {
    const lang = langOfTool(page);
    if (lang) (langs[lang] ??= []).push(page);
  }
  const version = contentHash(JSON.stringify(hashes));
  return { version, shared: SHARED.filter((u) => known.has(u)), files: hashes, pages, langs };
}

/**
 * Tools not cached with the others of their language: the dashboard reads the visitor's own export
 * files and loads ExcelJS (about 256 KB gzip) for spreadsheets. Caching it on every visit to a
 * calculator would cost phones that weight for a tool most of them never open; a visit to the
 * dashboard itself still keeps it, with what it loads, for offline use.
 */
const CACHED_ONLY_WHEN_VISITED = new Set(['dashboard']);

/**
 * The language of a tool or embed page cached with the other tools of its language, if it is one.
 * @param {string} url
 */
export function toolLang(url) {
  const match = /^\/([a-z]{2})\/(?:tools|embed)\/([\w-]+)\/$/.exec(url);
  return match && !CACHED_ONLY_WHEN_VISITED.has(match[2] ?? '') ? match[1] : undefined;
}

/** Every file under `dir`, by URL. @param {string} dir */
export function readBuild(dir) {
  /** @type {Map<string, Buffer>} */
  const files = new Map();
  /** @param {string} folder */
  const walk = (folder) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(urlOf(relative(dir, path).split(sep).join('/')), readFileSync(path));
    }
  };
  walk(dir);
  return files;
}

/**
 * The worker's text: the manifest, then the body.
 * @param {ReturnType<typeof buildManifest>} manifest @param {string} body
 */
export function workerSource(manifest, body) {
  return `const MANIFEST = ${JSON.stringify(manifest)};\n${body}`;
}

/** Bytes of a list of files. @param {Map<string, Buffer>} files @param {Iterable<string>} urls */
function bytesOf(files, urls) {
  let total = 0;
  for (const u of new Set(urls)) total += files.get(u)?.length ?? 0;
  return total;
}

/** @returns {import('astro').AstroIntegration} */
export function precache() {
  return {
    name: 'smm:precache',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const files = readBuild(out);
        files.delete('/sw.js');
        const manifest = buildManifest(files, toolLang);
        const body = readFileSync(new URL('../lib/embed/sw.js', import.meta.url), 'utf8');
        writeFileSync(join(out, 'sw.js'), workerSource(manifest, body));
        const first = (/** @type {string} */ page) => [
          ...manifest.shared,
          ...(manifest.langs[toolLang(page) ?? page.slice(1, 3)] ?? []).flatMap((p) => [
            p,
            ...(manifest.pages[p] ?? []),
          ]),
          page,
          ...(manifest.pages[page] ?? []),
        ];
        const kb = (/** @type {number} */ n) => `${Math.round(n / 1024)} KB`;
        logger.info(
          `sw.js: ${Object.keys(manifest.files).length} files, ${kb(bytesOf(files, Object.keys(manifest.files)))} in all; ` +
            `first visit of /fr/tools/ctr/: ${kb(bytesOf(files, first('/fr/tools/ctr/')))}; ` +
            `of /fr/guide/: ${kb(bytesOf(files, first('/fr/guide/')))}; ` +
            `an embed in another site's frame: ${kb(bytesOf(files, ['/fr/embed/ctr/', ...(manifest.pages['/fr/embed/ctr/'] ?? [])]))}`,
        );
      },
    },
  };
}
