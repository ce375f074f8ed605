/**
 * dist/_headers (Netlify / Cloudflare Pages format, written by src/build/headers.mjs): every
 * response gets HSTS, nosniff, Referrer-Policy and Permissions-Policy; embeds and /embed.js may be
 * loaded and framed from anywhere, a file:// page included, so they send no framing header; every
 * other page refuses framing and keeps its opener to itself. No header name is set by two rules
 * matching the same file, so that hosts which merge rules differently still send the same thing.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headersFor, headerValues, parseHeaders } from '../../scripts/serve/headers.ts';
import { builtPages, distDir, pageType } from './dist';

const rules = parseHeaders(readFileSync(join(distDir, '_headers'), 'utf8'));

function allFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? allFiles(full) : ['/' + relative(distDir, full).split(sep).join('/')];
  });
}

/** The URL paths a host answers for a file: `/fr/index.html` is also `/fr/`. */
function urlPaths(file: string): string[] {
  return file.endsWith('/index.html') ? [file, file.replace(/index\.html$/, '')] : [file];
}

describe('_headers', () => {
  it('sets no header twice on any file of the build (hosts would merge them differently)', () => {
    const twice: string[] = [];
    for (const file of allFiles(distDir)) {
      for (const path of urlPaths(file)) {
        for (const [name, values] of headerValues(rules, path)) {
          if (values.length > 1) twice.push(`${path}: ${name} from ${values.map((v) => v.rule).join(' and ')}`);
        }
      }
    }
    expect(twice).toEqual([]);
  });

  it('/embed.js may be loaded by any site', () => {
    expect(headersFor(rules, '/embed.js').get('cross-origin-resource-policy')).toBe('cross-origin');
  });

  for (const page of builtPages()) {
    const path = page.path === '/404' ? '/404.html' : page.path;
    it(`${path} gets the right framing and security headers`, () => {
      const h = headersFor(rules, path);
      expect(h.get('strict-transport-security')).toMatch(/max-age=\d{7,}/);
      expect(h.get('x-content-type-options')).toBe('nosniff');
      expect(h.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
      expect(h.get('permissions-policy')).toContain('camera=()');
      if (pageType(path) === 'embed') {
        // Neither frame-ancestors (which cannot name a file:// deck) nor X-Frame-Options.
        expect(h.has('content-security-policy')).toBe(false);
        expect(h.has('x-frame-options')).toBe(false);
        expect(h.has('cross-origin-opener-policy')).toBe(false);
        expect(h.get('cross-origin-resource-policy')).toBe('cross-origin');
      } else {
        expect(h.get('content-security-policy')).toBe("frame-ancestors 'none'");
        expect(h.get('x-frame-options')).toBe('DENY');
        expect(h.get('cross-origin-opener-policy')).toBe('same-origin');
        expect(h.get('cross-origin-resource-policy')).toBe('same-site');
      }
    });
  }
});

describe('Content-Security-Policy of the pages', () => {
  it("allows WebAssembly ('wasm-unsafe-eval') on the search pages only", () => {
    const withWasm = builtPages()
      .filter((p) => /<meta http-equiv="content-security-policy" content="[^"]*'wasm-unsafe-eval'/.test(p.html))
      .map((p) => p.path);
    expect(withWasm).toEqual(['/en/search/', '/fr/search/']);
  });
});
