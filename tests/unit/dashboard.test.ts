/* eslint-disable max-lines -- one file of cases over the shared fixture exports, grouped by what they prove. */
/**
 * The dashboard's reading, mapping and totals, on the fixture exports of tests/fixtures/dashboard
 * (see its README). Expected figures were added up and divided by hand from the fixtures.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectColumns, matchHeader } from '../../src/lib/dashboard/fields';
import { defuse, summaryRows, toCsv } from '../../src/lib/dashboard/export';
import { MAX_FILE_BYTES, readFile, type Table } from '../../src/lib/dashboard/read';
import {
  findLayout,
  isSure,
  proposedMapping,
  readRows,
  type Mapping,
  type Reading,
} from '../../src/lib/dashboard/rows';
import {
  DASHBOARD_KEY,
  DASHBOARD_SET_ASIDE_KEY,
  loadDashboard,
  makeSaved,
  parseSaved,
  saveDashboard,
} from '../../src/lib/dashboard/storage';
import { compareMonths, summarise, summariseAll, weekly, type Scope } from '../../src/lib/dashboard/summary';
import { detectEncoding, readDateCell, readNumber } from '../../src/lib/dashboard/values';

const TODAY = '2026-12-01';
const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../fixtures/dashboard/${name}`, import.meta.url)));

async function table(name: string): Promise<Table> {
  const result = await readFile(name, fixture(name));
  if (!result.ok) throw new Error(`${name}: ${result.reason}`);
  return result.table;
}

async function load(name: string, change: (m: Mapping) => void = () => {}) {
  const t = await table(name);
  const layout = findLayout(t.rows, t.delimiter);
  const mapping = proposedMapping(layout);
  change(mapping);
  return { table: t, layout, mapping, reading: readRows(t.rows, layout, mapping, TODAY) };
}

const total = (scope: Scope, kpi: string, method: 'ratio' | 'mean', basis?: string) =>
  scope.totals.find((t) => t.kpi === kpi && t.method === method && t.basis === basis);

describe('dashboard: French Meta Business Suite export (Windows-1252, `;`, decimal commas)', () => {
  it('decodes Windows-1252, finds `;` and reads quoted fields', async () => {
    const t = await table('meta-fr-windows1252.csv');
    expect(t.encoding).toBe('windows-1252');
    expect(t.delimiter).toBe(';');
    expect(t.rows[0]).toContain('Montant dépensé (EUR)');
    expect(t.rows[3]?.[1]).toBe('Concours : gagnez une galette; tirage le 31');
  });

  it('is recognised as the French Meta preset, on Facebook, with a sure mapping', async () => {
    const { layout, reading } = await load('meta-fr-windows1252.csv');
    expect(layout.preset?.id).toBe('meta-fr');
    expect(isSure(layout)).toBe(true);
    expect(layout.decimal).toBe(',');
    expect(reading.problems).toEqual([]);
    expect(reading.askDateOrder).toBeNull();
    expect(reading.posts.map((p) => p.day)).toEqual([
      '2026-10-02',
      '2026-10-07',
      '2026-10-14',
      '2026-10-21',
      '2026-10-28',
    ]);
    expect(new Set(reading.posts.map((p) => p.network))).toEqual(new Set(['facebook']));
  });

  it('adds up thousands with no-break spaces and costs with decimal commas', async () => {
    const { reading } = await load('meta-fr-windows1252.csv');
    const scope = summarise(reading.posts, null);
    expect(scope.sums).toMatchObject({
      reach: 7566,
      impressions: 10800,
      reactions: 566,
      comments: 182,
      shares: 60,
      clicks: 262,
      cost: 25.5,
      engagements: 808,
    });
  });

  it('gives each rate as a ratio of totals and as a mean of per-post rates', async () => {
    const { reading } = await load('meta-fr-windows1252.csv');
    const scope = summarise(reading.posts, null);
    // 808 × 100 ÷ 7566
    expect(total(scope, 'engagement-rate', 'ratio', 'reach')?.value).toBeCloseTo(10.679355, 5);
    expect(total(scope, 'engagement-rate', 'ratio', 'reach')?.inputs).toEqual({ engagements: 808, reach: 7566 });
    // (115/1234 + 66/980 + 493/3210 + 21/640 + 113/1502) × 100 ÷ 5
    expect(total(scope, 'engagement-rate', 'mean', 'reach')?.value).toBeCloseTo(8.44336, 4);
    // 262 × 100 ÷ 10800; 25.5 ÷ 262; 25.5 × 1000 ÷ 10800
    expect(total(scope, 'ctr', 'ratio')?.value).toBeCloseTo(2.425926, 5);
    expect(total(scope, 'cpc', 'ratio')?.value).toBeCloseTo(0.097328, 5);
    expect(total(scope, 'cpm', 'ratio')?.value).toBeCloseTo(2.361111, 5);
    // No followers in this export: no rate on followers, no amplification.
    expect(total(scope, 'engagement-rate', 'ratio', 'followers')).toBeUndefined();
    expect(total(scope, 'amplification-rate', 'ratio')).toBeUndefined();
    const rank = scope.ranks.find((r) => r.kpi === 'engagement-rate' && r.basis === 'reach');
    expect(rank?.best.post.id).toBe('103');
    expect(rank?.worst.post.id).toBe('104');
  });
});

describe('dashboard: English LinkedIn export (UTF-8 with BOM, title row above the headers)', () => {
  it('skips the title row and ignores the rate columns', async () => {
    const { table: t, layout } = await load('linkedin-en-bom.csv');
    expect(t.encoding).toBe('utf-8');
    expect(t.rows[1]?.[0]).toBe('Post title');
    expect(layout.headerRow).toBe(1);
    expect(layout.preset?.id).toBe('linkedin');
    const fieldOf = (header: string) => layout.detected[layout.headers.indexOf(header)]?.field;
    expect(fieldOf('Click through rate (CTR)')).toBeNull();
    expect(fieldOf('Engagement rate')).toBeNull();
    expect(fieldOf('Reposts')).toBe('shares');
  });

  it('asks for the order of dates like 10/06/2026 instead of guessing', async () => {
    const { reading } = await load('linkedin-en-bom.csv');
    expect(reading.askDateOrder).toBe('unknown');
    expect(reading.waiting).toBe(true);
    expect(reading.posts).toEqual([]);
  });

  it('reads the posts once the order is given, "2,450" as two thousand four hundred and fifty', async () => {
    const { reading } = await load('linkedin-en-bom.csv', (m) => (m.dateOrder = 'mdy'));
    expect(reading.problems).toEqual([]);
    expect(reading.posts.map((p) => p.day)).toEqual(['2026-10-01', '2026-10-06', '2026-10-09', '2026-10-12']);
    expect(reading.posts.map((p) => p.row)).toEqual([3, 4, 5, 6]);
    const scope = summarise(reading.posts, 'linkedin');
    expect(scope.sums).toMatchObject({
      impressions: 9840,
      clicks: 291,
      reactions: 236,
      comments: 40,
      shares: 20,
      engagements: 296,
    });
    // 296 × 100 ÷ 9840; 291 × 100 ÷ 9840
    expect(total(scope, 'engagement-rate', 'ratio', 'impressions')?.value).toBeCloseTo(3.00813, 4);
    expect(total(scope, 'ctr', 'ratio')?.value).toBeCloseTo(2.957317, 5);
    expect(total(scope, 'engagement-rate', 'ratio', 'reach')).toBeUndefined();
  });

  it('the other order reads the same file as other days', async () => {
    const { reading } = await load('linkedin-en-bom.csv', (m) => (m.dateOrder = 'dmy'));
    expect(reading.posts.map((p) => p.day)).toEqual(['2026-01-10', '2026-06-10', '2026-09-10']);
    // 10/12/2026 read day first is 10 December 2026, after "today" (1 December): left out, listed.
    expect(reading.problems).toEqual([{ row: 6, kind: 'future', column: 'Created date', cell: '10/12/2026' }]);
  });
});

describe('dashboard: TikTok export (UTF-16 with tabs)', () => {
  it('decodes UTF-16, finds tabs, keeps emoji and French quotes', async () => {
    const { table: t, layout, reading } = await load('tiktok-utf16.tsv');
    expect(t.encoding).toBe('utf-16le');
    expect(t.delimiter).toBe('\t');
    expect(layout.preset?.id).toBe('tiktok');
    expect(reading.posts[0]?.title).toBe('Croissant ASMR 🥐');
    expect(reading.posts[2]?.title).toBe('Trying the viral « cloud bread »');
    const scope = summarise(reading.posts, 'tiktok');
    expect(scope.sums).toMatchObject({
      impressions: 48100,
      reactions: 4108,
      comments: 206,
      shares: 399,
      saves: 598,
      engagements: 5311,
    });
    // 5311 × 100 ÷ 48100
    expect(total(scope, 'engagement-rate', 'ratio', 'impressions')?.value).toBeCloseTo(11.04158, 4);
  });
});

describe('dashboard: XLSX tracking sheet (two months, followers, cost)', () => {
  it('reads date cells, followers and cost, and compares October with September', async () => {
    const { table: t, layout, reading } = await load('instagram-tracking.xlsx');
    expect(t.encoding).toBe('xlsx');
    expect(layout.headerRow).toBe(1);
    expect(isSure(layout)).toBe(true);
    expect(reading.problems).toEqual([]);
    expect(reading.posts.map((p) => p.day)).toEqual([
      '2026-09-04',
      '2026-09-18',
      '2026-10-02',
      '2026-10-16',
      '2026-10-30',
    ]);
    const [all, instagram] = summariseAll(reading.posts, ['facebook', 'instagram', 'other']);
    expect(instagram?.network).toBe('instagram');
    if (!all) throw new Error('no scope');
    expect(all.followers).toBe(3280);
    expect(all.sums).toMatchObject({ reach: 6200, engagements: 684, shares: 25, clicks: 120, cost: 45 });
    // 684 × 100 ÷ 6200; 684 × 100 ÷ 3280 (latest followers);
    // (66/3100 + 94/3150 + 157/3200 + 78/3230 + 289/3280) × 100 ÷ 5
    expect(total(all, 'engagement-rate', 'ratio', 'reach')?.value).toBeCloseTo(11.032258, 5);
    expect(total(all, 'engagement-rate', 'ratio', 'followers')?.inputs).toEqual({ engagements: 684, followers: 3280 });
    expect(total(all, 'engagement-rate', 'ratio', 'followers')?.value).toBeCloseTo(20.853659, 5);
    expect(total(all, 'engagement-rate', 'mean', 'followers')?.value).toBeCloseTo(4.249049, 5);
    // 25 × 100 ÷ 3280; 45 ÷ 120
    expect(total(all, 'amplification-rate', 'ratio')?.value).toBeCloseTo(0.762195, 5);
    expect(total(all, 'cpc', 'ratio')?.value).toBeCloseTo(0.375, 6);
    const comparison = compareMonths(reading.posts);
    expect(comparison?.month).toBe('2026-10');
    expect(comparison?.previousMonth).toBe('2026-09');
    if (!comparison) throw new Error('no comparison');
    // October 524 × 100 ÷ 4400, September 160 × 100 ÷ 1800
    expect(total(comparison.current, 'engagement-rate', 'ratio', 'reach')?.value).toBeCloseTo(11.909091, 5);
    expect(total(comparison.previous, 'engagement-rate', 'ratio', 'reach')?.value).toBeCloseTo(8.888889, 5);
  });

  it('counts engagements per week, empty weeks included', async () => {
    const { reading } = await load('instagram-tracking.xlsx');
    const weeks = weekly(reading.posts);
    expect(weeks[0]).toEqual({ start: '2026-08-31', posts: 1, engagements: 66 });
    expect(weeks.at(-1)).toEqual({ start: '2026-10-26', posts: 1, engagements: 289 });
    expect(weeks).toHaveLength(9);
    expect(weeks[1]).toEqual({ start: '2026-09-07', posts: 0, engagements: 0 });
  });
});

describe('dashboard: broken files get a reason, rows a listed problem', () => {
  it('a letter is not a table', async () => {
    expect(await readFile('not-a-table.csv', fixture('not-a-table.csv'))).toEqual({ ok: false, reason: 'notTable' });
  });

  it('a table with no known column proposes nothing and has nothing to total', async () => {
    const { layout, reading } = await load('no-known-column.csv');
    expect(layout.detected.every((c) => c.field === null)).toBe(true);
    expect(isSure(layout)).toBe(false);
    expect(reading.noMetric).toBe(true);
  });

  it('refuses a file over the size limit before reading it', async () => {
    const big = new Uint8Array(MAX_FILE_BYTES + 1);
    expect(await readFile('export.csv', big)).toEqual({ ok: false, reason: 'tooBig' });
  });

  it('names .xls and zip files so that the page can say how to convert them', async () => {
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(await readFile('export.xls', xls)).toEqual({ ok: false, reason: 'xls' });
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]);
    expect(await readFile('export.zip', zip)).toEqual({ ok: false, reason: 'zip' });
  });

  it('lists text in numbers, empty rows, future dates and duplicates, and totals the rest', async () => {
    const { reading }: { reading: Reading } = await load('messy-en.csv');
    expect(reading.problems).toEqual([
      { row: 3, kind: 'number', column: 'Reach', cell: 'n/a', reason: 'notNumber' },
      { row: 4, kind: 'empty' },
      { row: 5, kind: 'number', column: 'Comments', cell: '—', reason: 'notNumber' },
      { row: 9, kind: 'future', column: 'Date', cell: '2027-03-01' },
      { row: 10, kind: 'duplicate', of: 2 },
    ]);
    expect(reading.dateShapes.sort()).toEqual(['iso', 'slash', 'text']);
    expect(reading.posts.map((p) => p.row)).toEqual([2, 6, 7, 8]);
    expect(reading.posts.map((p) => p.day)).toEqual(['2026-10-02', '2026-10-09', '2026-10-14', '2026-10-20']);
    const scope = summarise(reading.posts, null);
    expect(scope.sums).toMatchObject({
      reach: 5600,
      impressions: 7100,
      reactions: 365,
      comments: 39,
      shares: 18,
      engagements: 422,
    });
  });
});

describe('dashboard: cells', () => {
  it('detects encodings from the bytes', () => {
    expect(detectEncoding(new Uint8Array([0x61, 0xe9, 0x3b]))).toBe('windows-1252');
    expect(detectEncoding(new TextEncoder().encode('a;é;b'))).toBe('utf-8');
    expect(detectEncoding(new Uint8Array([0x61, 0, 0x3b, 0, 0x62, 0]))).toBe('utf-16le');
  });

  it('reads numbers both ways and refuses what is not one', () => {
    expect(readNumber('1 234', 'count', ',')).toEqual({ ok: true, value: 1234 });
    expect(readNumber('1\u202f234', 'count', ',')).toEqual({ ok: true, value: 1234 });
    expect(readNumber('2,450', 'count', '.')).toEqual({ ok: true, value: 2450 });
    expect(readNumber('1.234.567', 'count', ',')).toEqual({ ok: true, value: 1234567 });
    expect(readNumber('12,50 €', 'amount', ',')).toEqual({ ok: true, value: 12.5 });
    expect(readNumber('$1,234.50', 'amount', '.')).toEqual({ ok: true, value: 1234.5 });
    expect(readNumber('1.234,5', 'amount', ',')).toEqual({ ok: true, value: 1234.5 });
    expect(readNumber('1,5', 'count', ',')).toEqual({ ok: false, reason: 'notWhole' });
    expect(readNumber('1.2k', 'count', '.')).toEqual({ ok: false, reason: 'notNumber' });
    expect(readNumber('-3', 'count', '.')).toEqual({ ok: false, reason: 'negative' });
    expect(readNumber('n/a', 'count', '.')).toEqual({ ok: false, reason: 'notNumber' });
  });

  it('reads dates in the forms exports use', () => {
    expect(readDateCell('2026-10-03 19:00')).toEqual({ shape: 'iso', day: '2026-10-03' });
    expect(readDateCell('2026-10-03T19:00:00Z')).toEqual({ shape: 'iso', day: '2026-10-03' });
    expect(readDateCell('Oct 20, 2026')).toEqual({ shape: 'text', day: '2026-10-20' });
    expect(readDateCell('20 octobre 2026')).toEqual({ shape: 'text', day: '2026-10-20' });
    expect(readDateCell('1er févr. 2026')).toEqual({ shape: 'text', day: '2026-02-01' });
    expect(readDateCell('03/04/2026 08:30')).toEqual({ shape: 'slash', parts: [3, 4], year: 2026 });
    expect(readDateCell('2026-02-30')).toBeNull();
    expect(readDateCell('soon')).toBeNull();
  });

  it('recognises headers in both languages, never a rate as a count', () => {
    expect(matchHeader('Couverture')).toEqual({ field: 'reach', certainty: 'exact' });
    expect(matchHeader('Mentions J’aime')).toEqual({ field: 'reactions', certainty: 'exact' });
    expect(matchHeader('Taux de clics (%)').field).toBeNull();
    expect(matchHeader('Organic reach')).toEqual({ field: 'reach', certainty: 'guess' });
    const { columns } = detectColumns(['Date', 'Likes', 'J’aime']);
    expect(columns.map((c) => c.field)).toEqual(['date', 'reactions', null]);
  });
});

describe('dashboard: saved on request, with the audit’s safety rules', () => {
  const memory = (initial: Record<string, string> = {}) => {
    const data = new Map(Object.entries(initial));
    return {
      data,
      getItem: (key: string) => data.get(key) ?? null,
      setItem: (key: string, value: string) => void data.set(key, value),
      removeItem: (key: string) => void data.delete(key),
    };
  };

  it('saves the posts and the mapping, and reads them back', async () => {
    const { reading, layout, mapping } = await load('meta-fr-windows1252.csv');
    const store = memory();
    const state = makeSaved(
      [{ name: 'meta.csv', posts: reading.posts, problems: reading.problems }],
      { [layout.key]: mapping },
      new Date('2026-11-30T10:00:00Z'),
    );
    expect(saveDashboard(store, state)).toBe(true);
    const loaded = loadDashboard(store);
    expect(loaded).toEqual({ kind: 'ok', state });
    if (loaded.kind !== 'ok') throw new Error('not ok');
    expect(summarise(loaded.state.files[0]?.posts ?? [], null).sums.engagements).toBe(808);
  });

  it('sets an unreadable save aside before freeing the key, and never overwrites a copy', () => {
    const store = memory({ [DASHBOARD_KEY]: '{"version":1,"files":"oops"}', [DASHBOARD_SET_ASIDE_KEY]: 'older' });
    expect(loadDashboard(store)).toEqual({
      kind: 'set-aside',
      raw: '{"version":1,"files":"oops"}',
      key: `${DASHBOARD_SET_ASIDE_KEY}-2`,
    });
    expect(store.data.get(DASHBOARD_SET_ASIDE_KEY)).toBe('older');
    expect(store.data.get(`${DASHBOARD_SET_ASIDE_KEY}-2`)).toBe('{"version":1,"files":"oops"}');
    expect(store.data.has(DASHBOARD_KEY)).toBe(false);
  });

  it('keeps an unreadable save in place when every slot is taken, and does not save over it', () => {
    const full = Object.fromEntries(
      [1, 2, 3, 4, 5].map((n) => [n === 1 ? DASHBOARD_SET_ASIDE_KEY : `${DASHBOARD_SET_ASIDE_KEY}-${n}`, 'x']),
    );
    const store = memory({ ...full, [DASHBOARD_KEY]: 'not json' });
    expect(loadDashboard(store)).toEqual({ kind: 'set-aside', raw: 'not json', key: DASHBOARD_KEY, full: true });
    expect(saveDashboard(store, makeSaved([], {}, new Date()))).toBe(false);
    expect(store.data.get(DASHBOARD_KEY)).toBe('not json');
  });

  it('leaves a newer version alone', () => {
    const store = memory({ [DASHBOARD_KEY]: '{"version":2}' });
    expect(loadDashboard(store)).toEqual({ kind: 'newer', raw: '{"version":2}' });
    expect(saveDashboard(store, makeSaved([], {}, new Date()))).toBe(false);
    expect(store.data.get(DASHBOARD_KEY)).toBe('{"version":2}');
  });

  it('refuses a save whose figures are not numbers', () => {
    const bad = {
      version: 1,
      savedAt: '2026-11-30T10:00:00.000Z',
      files: [
        {
          name: 'a.csv',
          posts: [{ row: 2, day: null, network: 'facebook', title: '', id: '', values: { reach: 'NaN' } }],
          problems: [],
        },
      ],
      layouts: {},
    };
    expect(parseSaved(bad)).toBeNull();
  });
});

describe('dashboard: the exported summary', () => {
  it('defuses every cell a spreadsheet would run as a formula', () => {
    expect(defuse('=HYPERLINK("http://example.com","x")')).toBe('\'=HYPERLINK("http://example.com","x")');
    expect(defuse('+33 6 12')).toBe("'+33 6 12");
    expect(defuse('-5')).toBe("'-5");
    expect(defuse('@team')).toBe("'@team");
    expect(defuse('Taux')).toBe('Taux');
  });

  it('writes a French CSV with `;`, decimal commas and defused, quoted texts', () => {
    const csv = toCsv(
      [
        ['Périmètre', 'Valeur'],
        ['=SUM(A1)', 10.679355],
        ['a;b', 3],
      ],
      'fr',
    );
    expect(csv).toBe('\ufeffPérimètre;Valeur\r\n\'=SUM(A1);10,679355\r\n"a;b";3\r\n');
    expect(toCsv([['x', 2.5]], 'en')).toBe('\ufeffx,2.5\r\n');
  });

  it('lists every total and sum of every scope', async () => {
    const { reading } = await load('meta-fr-windows1252.csv');
    const scope = summarise(reading.posts, 'facebook');
    const rows = summaryRows([scope], {
      header: ['scope', 'kpi', 'basis', 'method', 'value', 'posts'],
      scope: (s) => s.network ?? 'all',
      kpi: (k) => k,
      basis: (b) => b ?? '',
      method: (m) => m,
      sum: (n) => n,
      sumsMethod: 'sum',
    });
    expect(rows).toContainEqual(['facebook', 'engagement-rate', 'reach', 'ratio', (808 * 100) / 7566, 5]);
    expect(rows).toContainEqual(['facebook', 'cost', '', 'sum', 25.5, 5]);
  });
});
