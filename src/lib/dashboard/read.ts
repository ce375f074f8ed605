/**
 * A file to a table of text cells. CSV and text exports: encoding from ./values, then Papa Parse
 * (delimiter among `,` `;` tab, quoted fields). XLSX: ExcelJS, first sheet with cells, dates
 * written as `YYYY-MM-DD`. Both libraries are imported here only, and this module is loaded only
 * when a file is chosen (in a worker: ./read.worker.ts).
 */
import { decodeText, type Encoding } from './values';

/** Larger files are refused before being read: an export of a year of posts is far smaller. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
/** Rows read at most (a year of ten posts a day on every network is under 20,000). */
export const MAX_ROWS = 50_000;

type FileKind = 'csv' | 'xlsx' | 'xls' | 'zip' | 'other';

export type ReadFailure =
  | 'tooBig'
  | 'empty'
  | 'xls'
  | 'zip'
  | 'notTable'
  | 'unreadable'
  /** A file type the tool does not read (PDF, image…). */
  | 'type';

export interface Table {
  rows: string[][];
  /** Column delimiter (CSV) or `xlsx`. */
  delimiter: string;
  encoding: Encoding | 'xlsx';
  sheet?: string;
  /** Rows beyond MAX_ROWS, not read. */
  truncated: boolean;
}

export type ReadResult = { ok: true; table: Table } | { ok: false; reason: ReadFailure };

/** What a file is, from its first bytes (and its name when the bytes say nothing). */
function kindOf(name: string, bytes: Uint8Array): FileKind {
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  const ole = bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
  const lower = name.toLowerCase();
  if (ole) return 'xls';
  if (zip) return lower.endsWith('.xlsx') || lower.endsWith('.xlsm') ? 'xlsx' : isXlsxZip(bytes) ? 'xlsx' : 'zip';
  if (/\.(pdf|png|jpe?g|gif|webp|docx?|pptx?|numbers|ods)$/.test(lower)) return 'other';
  if (bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46) return 'other';
  return 'csv';
}

/** A zip whose first entries include `xl/` (an XLSX saved without its extension). */
function isXlsxZip(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  return head.includes('xl/') || head.includes('[Content_Types].xml');
}

/** A cell of a row, as text. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'object') {
    const v = value as { result?: unknown; text?: unknown; richText?: { text: string }[] };
    if ('result' in v) return cellText(v.result);
    if (Array.isArray(v.richText)) return v.richText.map((part) => part.text).join('');
    if (typeof v.text === 'string') return v.text;
  }
  return '';
}

/**
 * A table: among its non-empty rows, the commonest number of fields is at least 2 and is shared
 * by at least two rows and by most rows (a letter split at its commas is not a table).
 */
function looksLikeTable(rows: readonly string[][]): boolean {
  const filled = rows.filter((row) => row.some((cell) => cell.trim() !== ''));
  const counts = new Map<number, number>();
  for (const row of filled) counts.set(row.length, (counts.get(row.length) ?? 0) + 1);
  let width = 0;
  let count = 0;
  for (const [w, c] of counts) if (c > count || (c === count && w > width)) [width, count] = [w, c];
  return width >= 2 && count >= 2 && count >= filled.length * 0.6;
}

/** Reads a CSV text with Papa Parse. */
export async function readCsvText(text: string): Promise<ReadResult> {
  const { default: Papa } = await import('papaparse');
  const result = Papa.parse<string[]>(text, {
    delimitersToGuess: [',', ';', '\t'],
    skipEmptyLines: false,
    preview: MAX_ROWS + 1,
  });
  const rows = result.data.filter(
    (row, index, all) => !(index === all.length - 1 && row.length === 1 && row[0] === ''),
  );
  const truncated = rows.length > MAX_ROWS;
  if (truncated) rows.length = MAX_ROWS;
  const widths = rows.map((row) => row.filter((cell) => cell.trim() !== '').length);
  if (rows.length === 0 || widths.every((w) => w === 0)) return { ok: false, reason: 'empty' };
  if (!looksLikeTable(rows)) return { ok: false, reason: 'notTable' };
  return { ok: true, table: { rows, delimiter: result.meta.delimiter, encoding: 'utf-8', truncated } };
}

/** Reads the first sheet that has cells of an XLSX file with ExcelJS. */
async function readXlsx(bytes: Uint8Array): Promise<ReadResult> {
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
  const sheet = book.worksheets.find((ws) => ws.actualRowCount > 0);
  if (!sheet) return { ok: false, reason: 'empty' };
  const rows: string[][] = [];
  const width = sheet.columnCount;
  let truncated = false;
  sheet.eachRow({ includeEmpty: true }, (row) => {
    if (rows.length >= MAX_ROWS) {
      truncated = true;
      return;
    }
    const cells: string[] = [];
    for (let c = 1; c <= width; c++) cells.push(cellText(row.getCell(c).value).trim());
    rows.push(cells);
  });
  if (rows.length < 2 || Math.max(...rows.map((r) => r.filter(Boolean).length)) < 2) {
    return { ok: false, reason: 'notTable' };
  }
  return { ok: true, table: { rows, delimiter: 'xlsx', encoding: 'xlsx', sheet: sheet.name, truncated } };
}

/** Characters no text export holds (other than tab, line feed, carriage return, form feed). */
function hasControlCharacters(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c && code !== 0x0b) return true;
  }
  return false;
}

/** Reads a file's bytes into a table, or says why it cannot. */
export async function readFile(name: string, bytes: Uint8Array): Promise<ReadResult> {
  if (bytes.byteLength > MAX_FILE_BYTES) return { ok: false, reason: 'tooBig' };
  if (bytes.byteLength === 0) return { ok: false, reason: 'empty' };
  const kind = kindOf(name, bytes);
  if (kind === 'xls') return { ok: false, reason: 'xls' };
  if (kind === 'zip') return { ok: false, reason: 'zip' };
  if (kind === 'other') return { ok: false, reason: 'type' };
  if (kind === 'xlsx') return readXlsx(bytes);
  const { text, encoding } = decodeText(bytes);
  // Binary content decoded as text: control characters other than tab and line breaks.
  if (hasControlCharacters(text.slice(0, 4096))) return { ok: false, reason: 'type' };
  const result = await readCsvText(text);
  if (result.ok) result.table.encoding = encoding;
  return result;
}
