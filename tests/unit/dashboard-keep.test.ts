/**
 * What the dashboard carries out of the page: the costs' currency (read from the export, asked
 * when it does not say, carried by the links to the calculators and by the save) and the XLSX
 * summary (read back with ExcelJS). Fixtures: tests/fixtures/dashboard; the US bakery's Meta
 * export (meta-en-usd.csv) spends $101.25 for 919 link clicks over November 2026.
 */
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { findCurrency, sharedCurrency } from '../../src/lib/dashboard/currency';
import { calculatorQuery, formatKpi } from '../../src/lib/dashboard/engine';
import { summaryRows } from '../../src/lib/dashboard/export';
import { readFile } from '../../src/lib/dashboard/read';
import { findLayout, proposedMapping, readRows, type Mapping } from '../../src/lib/dashboard/rows';
import { makeSaved, parseSaved, savedMappings } from '../../src/lib/dashboard/storage';
import { summariseAll, type Scope } from '../../src/lib/dashboard/summary';
import { networkIds } from '../../src/lib/networks';
import { writeXlsx } from '../../src/lib/dashboard/xlsx';

const TODAY = '2026-12-01';

async function load(name: string, change: (m: Mapping) => void = () => {}) {
  const bytes = new Uint8Array(readFileSync(new URL(`../fixtures/dashboard/${name}`, import.meta.url)));
  const result = await readFile(name, bytes);
  if (!result.ok) throw new Error(`${name}: ${result.reason}`);
  const layout = findLayout(result.table.rows, result.table.delimiter);
  const mapping = proposedMapping(layout);
  change(mapping);
  return { layout, mapping, reading: readRows(result.table.rows, layout, mapping, TODAY) };
}

/** A small hand-made export whose cost column is written `cells`, under `header`. */
function costFile(header: string, cells: string[]) {
  const rows = [
    ['Date', 'Post', 'Link clicks', header],
    ...cells.map((cell, i) => [`2026-11-0${i + 1}`, `Post ${i}`, '40', cell]),
  ];
  const layout = findLayout(rows, ',');
  return {
    rows,
    layout,
    read: (m: Partial<Mapping> = {}) => readRows(rows, layout, { ...proposedMapping(layout), ...m }, TODAY),
  };
}

const cpc = (scope: Scope | undefined) => scope?.totals.find((t) => t.kpi === 'cpc' && t.method === 'ratio');

describe('dashboard: the currency of the costs', () => {
  it('reads USD from a US Meta export and carries it to the CPC calculator', async () => {
    const { reading } = await load('meta-en-usd.csv');
    expect(reading.problems).toEqual([]);
    expect(reading.posts).toHaveLength(11);
    expect(reading.currency).toBe('USD');
    expect(reading.askCurrency).toBeNull();
    const total = cpc(summariseAll(reading.posts, networkIds)[0]);
    expect(total?.value).toBeCloseTo(101.25 / 919, 10);
    expect(calculatorQuery('cpc', total?.inputs ?? {}, reading.currency)).toBe('cost=101.25&clicks=919&currency=USD');
    expect(formatKpi('cpc', 101.25 / 919, 'en', reading.currency)).toBe('$0.11');
    expect(formatKpi('cpc', 101.25 / 919, 'fr', reading.currency)).toBe('0,11\u00a0$US');
  });

  it('reads EUR from the French Meta export and the tracking sheet, from their headers', async () => {
    expect((await load('meta-fr-windows1252.csv')).reading.currency).toBe('EUR');
    expect((await load('instagram-tracking.xlsx')).reading.currency).toBe('EUR');
  });

  it('reads a currency from symbols or codes in the cells', () => {
    expect(findCurrency('Spend', ['12,50 €', '0,00 €'])).toEqual({ code: 'EUR' });
    expect(findCurrency('Cost', ['£3.20', '£0.00'])).toEqual({ code: 'GBP' });
    expect(findCurrency('Budget dépensé', ['15,00 CHF'])).toEqual({ code: 'CHF' });
    expect(findCurrency('Amount spent', ['US$12.50'])).toEqual({ code: 'USD' });
    expect(findCurrency('Amount spent (USD)', ['$12.50'])).toEqual({ code: 'USD' });
    expect(findCurrency('Coût (CAD)', ['12,50 $'])).toEqual({ code: 'CAD' });
  });

  it('never guesses: no sign, a bare $, F CFA or two currencies are asked', () => {
    expect(findCurrency('Cost', ['12.50', '0'])).toEqual({ code: null, reason: 'none' });
    expect(findCurrency('Cost', ['$12.50'])).toEqual({ code: null, reason: 'ambiguous' });
    expect(findCurrency('Coût', ['5\u202f000 F\u202fCFA'])).toEqual({ code: null, reason: 'ambiguous' });
    expect(findCurrency('Cost (EUR)', ['$12.50'])).toEqual({ code: null, reason: 'conflict' });
    expect(findCurrency('Cost', ['12,50 €', '£3.20'])).toEqual({ code: null, reason: 'conflict' });
    // Words that contain a code are not one.
    expect(findCurrency('Cadeaux offerts', ['12'])).toEqual({ code: null, reason: 'none' });
  });

  it('asks for a file whose costs say nothing, links no cost calculator until answered, keeps the question', () => {
    const file = costFile('Cost', ['12.50', '7.50']);
    const before = file.read();
    expect(before.askCurrency).toBe('none');
    expect(before.currency).toBeNull();
    expect(before.posts).toHaveLength(2);
    const total = cpc(summariseAll(before.posts, networkIds)[0]);
    expect(total?.value).toBeCloseTo(20 / 80, 10);
    expect(calculatorQuery('cpc', total?.inputs ?? {}, before.currency)).toBeNull();
    // A rate without money still links.
    expect(calculatorQuery('ctr', { clicks: 80, impressions: 1000 }, null)).toBe('clicks=80&impressions=1000');
    expect(formatKpi('cpc', 0.25, 'fr', null)).toBe('0,25');
    const after = file.read({ currency: 'CAD' });
    expect(after.currency).toBe('CAD');
    expect(after.askCurrency).toBe('none');
    expect(calculatorQuery('cpc', total?.inputs ?? {}, after.currency)).toBe('cost=20&clicks=80&currency=CAD');
  });

  it('adds up one currency only: two currencies are mixed, an unknown one is waited for', () => {
    expect(sharedCurrency(['USD', 'USD'])).toBe('USD');
    expect(sharedCurrency(['EUR', 'USD'])).toBe('mixed');
    expect(sharedCurrency(['EUR', null])).toBeNull();
    expect(sharedCurrency([])).toBeNull();
  });

  it('saves each file’s currency and the answer with its layout; older saves without them still open', async () => {
    const { layout, mapping, reading } = await load('meta-en-usd.csv', (m) => (m.currency = 'USD'));
    const state = makeSaved(
      [{ name: 'meta-en-usd.csv', posts: reading.posts, problems: [], currency: reading.currency }],
      { [layout.key]: mapping },
      new Date('2026-12-01T09:00:00Z'),
    );
    const back = parseSaved(JSON.parse(JSON.stringify(state)));
    expect(back?.files[0]?.currency).toBe('USD');
    expect(savedMappings(back?.layouts ?? {})[layout.key]?.currency).toBe('USD');
    const older = JSON.parse(JSON.stringify(state)) as { files: { currency?: string }[] };
    delete older.files[0]?.currency;
    expect(parseSaved(older)?.files[0]?.currency).toBeUndefined();
    const forged = JSON.parse(JSON.stringify(state)) as { files: { currency?: string }[] };
    if (forged.files[0]) forged.files[0].currency = '<img onerror=x>';
    expect(parseSaved(forged)).toBeNull();
  });
});

describe('dashboard: the XLSX summary', () => {
  it('has the named sheet, numbers as numbers and every formula-like text defused', async () => {
    const { reading } = await load('meta-en-usd.csv');
    const scopes = summariseAll(reading.posts, networkIds);
    const rows = summaryRows(scopes, {
      header: ['Scope', 'KPI', 'Base', 'Method', 'Value', 'Posts'],
      scope: (s) => (s.network ? `=HYPERLINK("http://evil.example","${s.network}")` : 'All networks'),
      kpi: (k) => k,
      basis: (b) => b ?? '',
      method: (m) => m,
      sum: (name) => (name === 'cost' ? '+cost' : name),
      sumsMethod: '@sum',
    });
    const bytes = await writeXlsx({ name: 'Your figures, November 2026 (Meta export)', rows });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes);
    expect(book.worksheets.map((ws) => ws.name)).toEqual(['Your figures, November 2026 (Me']);
    const sheet = book.worksheets[0];
    if (!sheet) throw new Error('no sheet');
    expect(sheet.getRow(1).values).toEqual([undefined, 'Scope', 'KPI', 'Base', 'Method', 'Value', 'Posts']);
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.rowCount).toBe(rows.length);
    const cells: ExcelJS.Cell[] = [];
    sheet.eachRow((row) => row.eachCell((cell) => cells.push(cell)));
    // No cell is a formula; every text that a spreadsheet would run starts with the defusing quote.
    expect(cells.filter((c) => c.type === ExcelJS.ValueType.Formula)).toEqual([]);
    for (const cell of cells.filter((c) => typeof c.value === 'string')) {
      expect(String(cell.value), cell.address).not.toMatch(/^[=+\-@]/);
    }
    expect(cells.some((c) => c.value === `'=HYPERLINK("http://evil.example","facebook")`)).toBe(true);
    expect(cells.some((c) => c.value === "'+cost")).toBe(true);
    // Values and post counts are numbers, as written: the CPC of the whole set, and its 11 posts.
    const cpcRow = rows.findIndex((r) => r[0] === 'All networks' && r[1] === 'cpc' && r[3] === 'ratio');
    const value = sheet.getRow(cpcRow + 1).getCell(5).value;
    expect(typeof value).toBe('number');
    expect(value).toBeCloseTo(101.25 / 919, 12);
    expect(sheet.getRow(cpcRow + 1).getCell(6).value).toBe(11);
  });
});
