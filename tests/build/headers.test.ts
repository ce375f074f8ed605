/**
 * public/_headers (Netlify / Cloudflare Pages format): only embeds may be framed; every page
 * gets HSTS, nosniff, Referrer-Policy and Permissions-Policy.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, distDir, pageType } from './dist';

interface Rule {
  pattern: string;
  headers: [string, string][];
}

export function parseHeaders(text: string): Rule[] {
  const rules: Rule[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
    } else {
      const rule = rules.at(-1);
      const i = line.indexOf(':');
      if (!rule || i < 0) throw new Error(`Bad line in _headers: ${line}`);
      rule.headers.push([line.slice(0, i).trim().toLowerCase(), line.slice(i + 1).trim()]);
    }
  }
  return rules;
}

/** Netlify / Cloudflare matching: `*` is a splat matching anything, the rest is literal. */
export function matches(pattern: string, path: string): boolean {
  const re = new RegExp(
    '^' +
      pattern
        .split('*')
        .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*') +
      '$',
  );
  return re.test(path);
}

function headersFor(rules: Rule[], path: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const rule of rules) {
    if (!matches(rule.pattern, path)) continue;
    for (const [name, value] of rule.headers) out.set(name, [...(out.get(name) ?? []), value]);
  }
  return out;
}

const rules = parseHeaders(readFileSync(join(distDir, '_headers'), 'utf8'));

describe('_headers', () => {
  for (const page of builtPages()) {
    const path = page.path === '/404' ? '/404.html' : page.path;
    it(`${path} gets the right framing and security headers`, () => {
      const h = headersFor(rules, path);
      expect(h.get('strict-transport-security')?.[0]).toMatch(/max-age=\d{7,}/);
      expect(h.get('x-content-type-options')).toEqual(['nosniff']);
      expect(h.get('referrer-policy')).toHaveLength(1);
      expect(h.get('permissions-policy')?.[0]).toContain('camera=()');
      const csp = h.get('content-security-policy') ?? [];
      if (pageType(path) === 'embed') {
        expect(csp).toEqual(['frame-ancestors *']);
        expect(h.has('x-frame-options')).toBe(false);
      } else {
        expect(csp).toEqual(["frame-ancestors 'none'"]);
        expect(h.get('x-frame-options')).toEqual(['DENY']);
      }
    });
  }
});
