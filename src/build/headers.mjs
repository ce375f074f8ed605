// @ts-check
/**
 * Astro integration: writes `_headers` (the format of Netlify and Cloudflare Pages) into the
 * build, from the pages the build actually produced, so that a new section of the site can never
 * be left without its framing rule.
 *
 * The promises (docs/CONTRACT.md, "Embedding"; docs/SECURITY.md):
 * - every response: HSTS, nosniff, Referrer-Policy, Permissions-Policy (the `/*` rule);
 * - every page but the embeds: nobody may frame it (`frame-ancestors 'none'` and
 *   `X-Frame-Options: DENY`), it keeps its browsing context group to itself
 *   (`Cross-Origin-Opener-Policy: same-origin`) and only the site reads it
 *   (`Cross-Origin-Resource-Policy: same-site`);
 * - the embeds (`/{lang}/embed/*`) and `/embed.js`: any page may load them, including a deck
 *   opened from disk, whose `file://` origin is opaque and which `frame-ancestors *` would refuse.
 *   So they send no framing header at all and `Cross-Origin-Resource-Policy: cross-origin`.
 *
 * No header name is set by two rules that match the same path: Cloudflare Pages would join the
 * two values with a comma, Netlify would not, and the file must mean the same on both
 * (tests/build/headers.test.ts checks it over every built file).
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const COMMON = [
  ['Strict-Transport-Security', 'max-age=63072000; includeSubDomains'],
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  [
    'Permissions-Policy',
    'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), browsing-topics=()',
  ],
];

const PAGE = [
  ['Content-Security-Policy', "frame-ancestors 'none'"],
  ['X-Frame-Options', 'DENY'],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
  ['Cross-Origin-Resource-Policy', 'same-site'],
];

const EMBEDDABLE = [['Cross-Origin-Resource-Policy', 'cross-origin']];

/** The site's own scripts, styles and search index: read by its pages only. */
const ASSETS = [['Cross-Origin-Resource-Policy', 'same-site']];

/**
 * The rules for a build whose pages are at these URL paths (`/`, `/fr/`, `/fr/tools/ctr/`,
 * `/404.html`…). Pages are grouped by their first section under a language (`/fr/tools/*`),
 * so one rule covers a section; the embeds' sections get the embeddable rule.
 * @param {string[]} paths
 * @returns {[string, string[][]][]}
 */
export function headerRules(paths) {
  /** @type {Map<string, string[][]>} */
  const rules = new Map([['/*', COMMON]]);
  for (const path of [...paths].sort()) {
    const parts = path.split('/').filter(Boolean);
    if (parts.length <= 1) rules.set(path, PAGE);
    else {
      const section = `/${parts[0]}/${parts[1]}/*`;
      rules.set(section, parts[1] === 'embed' ? EMBEDDABLE : PAGE);
    }
  }
  rules.set('/embed.js', EMBEDDABLE);
  rules.set('/_astro/*', ASSETS);
  rules.set('/pagefind/*', ASSETS);
  return [...rules];
}

/**
 * The text of `_headers`.
 * @param {string[]} paths
 */
export function headersFile(paths) {
  const head = [
    '# Security headers, in the format of Netlify and Cloudflare Pages, written by the build',
    '# (src/build/headers.mjs) from the pages it produced. Embeds (/{lang}/embed/*) and /embed.js',
    '# may be loaded and framed by any page, a file:// page included; no other page may be framed.',
    '# No header is set by two rules matching the same path.',
  ];
  const body = headerRules(paths).map(
    ([pattern, headers]) => `${pattern}\n${headers.map(([name, value]) => `  ${name}: ${value}`).join('\n')}`,
  );
  return `${head.join('\n')}\n\n${body.join('\n\n')}\n`;
}

/** @returns {import('astro').AstroIntegration} */
export function headers() {
  return {
    name: 'smm:headers',
    hooks: {
      'astro:build:done': ({ dir, pages }) => {
        // Astro writes the not-found page as /404.html, every other page as a folder.
        const paths = pages.map(({ pathname }) => {
          const clean = pathname.replace(/^\/|\/$/g, '');
          return clean === '' ? '/' : clean === '404' ? '/404.html' : `/${clean}/`;
        });
        writeFileSync(fileURLToPath(new URL('_headers', dir)), headersFile(paths));
      },
    },
  };
}
