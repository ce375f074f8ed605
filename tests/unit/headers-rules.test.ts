/** src/build/headers.mjs: the _headers rules follow the pages the build produced. */
import { describe, expect, it } from 'vitest';
import { headerRules, headersFile } from '../../src/build/headers.mjs';
import { headersFor, headerValues, parseHeaders } from '../../scripts/serve/headers.ts';

const pages = ['/', '/404.html', '/fr/', '/fr/guide/', '/fr/guide/roi/', '/fr/embed/ctr/', '/en/templates/x/'];

describe('headers rules', () => {
  const rules = parseHeaders(headersFile(pages));
  it('give a new section of the site its framing rule without anyone listing it', () => {
    expect(headersFor(rules, '/en/templates/x/').get('x-frame-options')).toBe('DENY');
    expect(headerRules(pages).map(([pattern]) => pattern)).toContain('/en/templates/*');
  });
  it('let embeds be framed by anyone, and nothing else', () => {
    const embed = headersFor(rules, '/fr/embed/ctr/');
    expect(embed.has('x-frame-options')).toBe(false);
    expect(embed.has('content-security-policy')).toBe(false);
    expect(embed.get('cross-origin-resource-policy')).toBe('cross-origin');
    for (const path of ['/', '/404.html', '/fr/', '/fr/guide/roi/']) {
      expect(headersFor(rules, path).get('content-security-policy')).toBe("frame-ancestors 'none'");
    }
  });
  it('never set a header twice on one path', () => {
    for (const path of [...pages, '/embed.js', '/_astro/a.js', '/pagefind/x.pf_fragment', '/favicon.svg']) {
      for (const [, values] of headerValues(rules, path)) expect(values).toHaveLength(1);
    }
  });
});
