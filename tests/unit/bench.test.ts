/** The pure helpers of the benchmark (scripts/bench): medians, goals, tables, encoding, _headers. */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { contentType, pickEncoding, serveStatic } from '../../scripts/serve/server.ts';
import { headersFor, headerValues, parseHeaders } from '../../scripts/serve/headers.ts';
import {
  formatBytes,
  formatMs,
  interactionTable,
  lighthouseTable,
  median,
  medianMetrics,
  misses,
  replaceBetween,
  worstOf,
  type RunMetrics,
} from '../../scripts/bench/stats.ts';

const perfect: RunMetrics = {
  performance: 100,
  accessibility: 100,
  bestPractices: 100,
  seo: 100,
  fcp: 800,
  lcp: 900,
  tbt: 0,
  cls: 0,
  htmlBytes: 4500,
  cssBytes: 2100,
  jsBytes: 0,
};

describe('median', () => {
  it('takes the middle value of an odd count, whatever the order', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([100, 85, 99])).toBe(99);
  });
  it('averages the two middle values of an even count', () => {
    expect(median([1, 2, 3, 4])).toBe(2.5);
  });
  it('is null for no value and ignores non-finite values', () => {
    expect(median([])).toBeNull();
    expect(median([Number.NaN, 5])).toBe(5);
  });
  it('does not reorder its input', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe('medianMetrics', () => {
  it('takes the median metric by metric', () => {
    const runs = [
      { ...perfect, performance: 85, tbt: 576 },
      { ...perfect, performance: 100, tbt: 0 },
      { ...perfect, performance: 99, tbt: 20 },
    ];
    expect(medianMetrics(runs)).toMatchObject({ performance: 99, tbt: 20, lcp: 900 });
    expect(medianMetrics([])).toBeNull();
  });
});

describe('misses', () => {
  it('holds content pages to 100 and 1.2 s, tool pages to 98 and 1.5 s', () => {
    expect(misses('content', perfect)).toEqual([]);
    expect(misses('content', { ...perfect, performance: 99 })).toEqual(['performance']);
    expect(misses('tool', { ...perfect, performance: 98 })).toEqual([]);
    expect(misses('tool', { ...perfect, performance: 97 })).toEqual(['performance']);
    expect(misses('content', { ...perfect, lcp: 1300 })).toEqual(['lcp']);
    expect(misses('tool', { ...perfect, lcp: 1300 })).toEqual([]);
    expect(misses('tool', { ...perfect, lcp: 1501 })).toEqual(['lcp']);
  });
  it('holds every page to 100 in the other categories, TBT 50 ms and CLS 0.01', () => {
    const bad = { ...perfect, accessibility: 98, bestPractices: 96, seo: 92, tbt: 51, cls: 0.02 };
    expect(misses('tool', bad)).toEqual(['accessibility', 'bestPractices', 'seo', 'tbt', 'cls']);
    expect(misses('tool', { ...perfect, tbt: 50, cls: 0.01 })).toEqual([]);
  });
});

describe('formatting', () => {
  it('formats durations and bytes', () => {
    expect(formatMs(936.4)).toBe('936 ms');
    expect(formatMs(1117)).toBe('1.12 s');
    expect(formatMs(Number.NaN)).toBe('–');
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(4505)).toBe('4.4 KB');
  });
});

describe('lighthouseTable', () => {
  it('writes one row per page and marks each value that misses its goal', () => {
    const table = lighthouseTable([
      { label: 'Home (fr)', path: '/fr/', kind: 'content', median: perfect },
      { label: 'Home (en)', path: '/en/', kind: 'content', median: { ...perfect, performance: 85, tbt: 576 } },
      { label: 'Audit (fr)', path: '/fr/tools/audit/', kind: 'tool', median: null, note: 'missing (404)' },
    ]);
    const lines = table.split('\n');
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatch(/^\| Page \| Path \| Type \| Perf\. \|/);
    expect(lines[2]).toBe(
      '| Home (fr) | `/fr/` | content | 100 | 100 | 100 | 100 | 800 ms | 900 ms | 0 ms | 0.000 | 4.4 KB | 2.1 KB | 0 B |',
    );
    expect(lines[3]).toContain('| 85 ✗ |');
    expect(lines[3]).toContain('| 576 ms ✗ |');
    expect(lines[4]).toContain('| missing (404) |');
    // Every row has as many cells as the header.
    const cells = (line: string) => line.split(' | ').length;
    for (const line of lines) expect(cells(line)).toBe(cells(lines[0] ?? ''));
  });
  it('escapes pipes in cells', () => {
    const table = lighthouseTable([{ label: 'a|b', path: '/x/?a=1|2', kind: 'tool', median: perfect }]);
    expect(table).toContain('a\\|b');
  });
});

describe('worst interaction', () => {
  it('counts a run under the 16 ms threshold as zero and reports the median and maximum', () => {
    expect(worstOf([24, null, 64])).toEqual({ median: 24, max: 64 });
    expect(worstOf([null, null, 20])).toEqual({ median: null, max: 20 });
    expect(worstOf([])).toEqual({ median: null, max: null });
  });
  it('marks a worst interaction above 50 ms', () => {
    const table = interactionTable([
      { label: 'SMART (fr)', path: '/fr/tools/smart/', runs: [40, 56, 72], keys: 80 },
      { label: 'CTR (fr)', path: '/fr/tools/ctr/', runs: [null, null, null], keys: 12 },
      { label: 'CTR (en)', path: '/en/tools/ctr/', runs: [], keys: 0, note: 'missing (404)' },
    ]);
    const lines = table.split('\n');
    expect(lines[2]).toContain('| 40 ms, 56 ms, 72 ms | 56 ms ✗ | 72 ms ✗ |');
    expect(lines[3]).toContain('| < 16 ms | < 16 ms |');
    expect(lines[4]).toContain('missing (404)');
  });
});

describe('replaceBetween', () => {
  it('replaces the block between the markers and keeps the rest', () => {
    const doc = 'intro\n<!-- a -->\nold\n<!-- b -->\noutro\n';
    expect(replaceBetween(doc, '<!-- a -->', '<!-- b -->', 'new')).toBe('intro\n<!-- a -->\nnew\n<!-- b -->\noutro\n');
  });
  it('appends the block when the markers are missing', () => {
    expect(replaceBetween('# T\n', '<!-- a -->', '<!-- b -->', 'new')).toBe('# T\n\n<!-- a -->\nnew\n<!-- b -->\n');
  });
});

describe('static server helpers', () => {
  it('prefers brotli, then gzip, and honours q=0', () => {
    expect(pickEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(pickEncoding('gzip, br;q=0')).toBe('gzip');
    expect(pickEncoding('identity')).toBeNull();
    expect(pickEncoding(undefined)).toBeNull();
    expect(pickEncoding('*')).toBe('br');
  });
  it('knows the content types of the site', () => {
    expect(contentType('/a/index.html')).toBe('text/html; charset=utf-8');
    expect(contentType('/_astro/x.js')).toBe('text/javascript; charset=utf-8');
    expect(contentType('/x.CSS')).toBe('text/css; charset=utf-8');
    expect(contentType('/pagefind/x.pf_fragment')).toBe('application/octet-stream');
  });
  it('reads _headers: splats, placeholders, every matching rule applies, repeats joined as Cloudflare does', () => {
    const rules = parseHeaders(
      '# comment\n/*\n  X-A: 1\n  X-B: base\n/fr/embed/*\n  X-B: embed\n/:lang/tools/\n  X-C: tools\n',
    );
    expect(Object.fromEntries(headersFor(rules, '/fr/'))).toEqual({ 'x-a': '1', 'x-b': 'base' });
    expect(Object.fromEntries(headersFor(rules, '/fr/embed/ctr/'))).toEqual({ 'x-a': '1', 'x-b': 'base, embed' });
    expect(
      headerValues(rules, '/fr/embed/ctr/')
        .get('x-b')
        ?.map((v) => v.rule),
    ).toEqual(['/*', '/fr/embed/*']);
    expect(headersFor(rules, '/en/tools/').get('x-c')).toBe('tools');
    expect(headersFor(rules, '/en/tools/ctr/').get('x-c')).toBeUndefined();
  });
  it('refuses a header line outside a rule or without a colon', () => {
    expect(() => parseHeaders('  X-A: 1\n')).toThrow(/Bad line/);
    expect(() => parseHeaders('/*\n  no colon here\n')).toThrow(/Bad line/);
  });
});

function rawGet(url: string, encoding: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    get(url, { headers: { 'accept-encoding': encoding } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve(Buffer.concat(chunks)));
    }).on('error', reject);
  });
}

describe('static server', () => {
  it('serves compressed files, index.html for directories, 404.html for misses, and _headers', async () => {
    const root = mkdtempSync(join(tmpdir(), 'smm-bench-test-'));
    mkdirSync(join(root, 'fr'));
    writeFileSync(join(root, 'fr/index.html'), '<!doctype html><title>fr</title>'.repeat(20));
    writeFileSync(join(root, '404.html'), 'not here');
    writeFileSync(join(root, '_headers'), '/*\n  X-Content-Type-Options: nosniff\n');
    const server = await serveStatic(root);
    try {
      const page = await fetch(`${server.origin}/fr/`, { headers: { 'accept-encoding': 'br' } });
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(page.headers.get('x-content-type-options')).toBe('nosniff');
      expect(page.headers.get('content-encoding')).toBe('br');
      expect(page.headers.get('vary')).toBe('Accept-Encoding');
      // Check the bytes on the wire (fetch would decode them itself).
      expect(brotliDecompressSync(await rawGet(`${server.origin}/fr/`, 'br')).toString()).toContain(
        '<title>fr</title>',
      );
      expect(gunzipSync(await rawGet(`${server.origin}/fr/`, 'gzip')).toString()).toContain('<title>fr</title>');

      const redirect = await fetch(`${server.origin}/fr`, { redirect: 'manual' });
      expect(redirect.status).toBe(301);
      expect(redirect.headers.get('location')).toBe('/fr/');

      const miss = await fetch(`${server.origin}/nowhere/`);
      expect(miss.status).toBe(404);
      expect(await miss.text()).toBe('not here');

      const escape = await fetch(`${server.origin}/%2e%2e/%2e%2e/etc/passwd`);
      expect([403, 404]).toContain(escape.status);
    } finally {
      await server.close();
    }
  });
});
