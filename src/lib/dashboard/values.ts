/**
 * Reading the cells of an export: the text encoding of the bytes, numbers written the French or
 * the English way, and dates in the forms exports use. Nothing is guessed: a number that can be
 * read two ways, or a column of dates like 03/04/2026 whose order is unknown, is reported.
 */

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/**
 * The encoding of a file's bytes: a byte order mark when there is one; UTF-16 without a mark when
 * every other byte of the start is zero; UTF-8 when the bytes are valid UTF-8; Windows-1252
 * (what Excel writes on a French Windows) otherwise.
 */
export function detectEncoding(bytes: Uint8Array): Encoding {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const sample = bytes.subarray(0, 512);
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] !== 0) continue;
    if (i % 2 === 0) evenZeros++;
    else oddZeros++;
  }
  const half = sample.length / 2;
  if (half > 0 && oddZeros > half * 0.6) return 'utf-16le';
  if (half > 0 && evenZeros > half * 0.6) return 'utf-16be';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'utf-8';
  } catch {
    return 'windows-1252';
  }
}

/** The text of a file's bytes (byte order mark removed). */
export function decodeText(bytes: Uint8Array): { text: string; encoding: Encoding } {
  const encoding = detectEncoding(bytes);
  const text = new TextDecoder(encoding).decode(bytes);
  return { text: text.replace(/^\ufeff/, ''), encoding };
}

export type NumberRead = { ok: true; value: number } | { ok: false; reason: 'notNumber' | 'notWhole' | 'negative' };

const SPACES = /[\s\u00a0\u202f\u2009\u2007']/g;
const MONEY = /^(?:€|\$|£|eur|usd|gbp|chf|cad)|(?:€|\$|£|eur|usd|gbp|chf|cad)$/i;

/**
 * A number in a cell: spaces (any kind) and apostrophes group thousands; with both `,` and `.`
 * the last one is the decimal separator; a lone separator followed by exactly three digits groups
 * thousands in a count, and in an amount it is the file's decimal separator (`decimal`) only when
 * it is that one. A count must be whole; nothing may be negative.
 */
export function readNumber(cell: string, kind: 'count' | 'amount', decimal: ',' | '.'): NumberRead {
  let text = cell.trim().replace(SPACES, '');
  if (kind === 'amount') text = text.replace(MONEY, '').replace(MONEY, '');
  if (text === '') return { ok: false, reason: 'notNumber' };
  if (/^[-\u2212]/.test(text)) return { ok: false, reason: 'negative' };
  if (!/^\d[\d.,]*$/.test(text) || /[.,]$/.test(text)) return { ok: false, reason: 'notNumber' };
  const commas = text.split(',').length - 1;
  const dots = text.split('.').length - 1;
  let plain: string;
  if (commas > 0 && dots > 0) {
    const dec = text.lastIndexOf(',') > text.lastIndexOf('.') ? ',' : '.';
    const group = dec === ',' ? '.' : ',';
    const [whole = '', fraction, ...rest] = text.split(dec);
    if (rest.length > 0 || fraction === undefined || !/^\d{1,3}(\.\d{3})*$|^\d{1,3}(,\d{3})*$/.test(whole)) {
      return { ok: false, reason: 'notNumber' };
    }
    plain = `${whole.split(group).join('')}.${fraction}`;
  } else if (commas + dots === 0) {
    plain = text;
  } else {
    const sep = commas > 0 ? ',' : '.';
    const parts = text.split(sep);
    const grouped = /^\d{1,3}$/.test(parts[0] ?? '') && parts.slice(1).every((part) => /^\d{3}$/.test(part));
    if (parts.length > 2) {
      if (!grouped) return { ok: false, reason: 'notNumber' };
      plain = parts.join('');
    } else if (grouped && (kind === 'count' || sep !== decimal)) {
      plain = parts.join('');
    } else {
      plain = parts.join('.');
    }
  }
  const value = Number(plain);
  if (!Number.isFinite(value)) return { ok: false, reason: 'notNumber' };
  if (kind === 'count' && !Number.isInteger(value)) return { ok: false, reason: 'notWhole' };
  return { ok: true, value };
}

/**
 * The file's decimal separator: `,` when its columns are separated by `;` (French Excel), or when
 * some number is written like `12,5` or `1.234,5`; `.` otherwise.
 */
export function detectDecimal(delimiter: string, cells: readonly string[]): ',' | '.' {
  if (delimiter === ';') return ',';
  let comma = 0;
  let dot = 0;
  for (const raw of cells) {
    const cell = raw.replace(SPACES, '');
    if (/^\d+,\d{1,2}$|^\d+,\d{4,}$|\.\d{3},\d+$/.test(cell)) comma++;
    else if (/^\d+\.\d{1,2}$|^\d+\.\d{4,}$|,\d{3}\.\d+$/.test(cell)) dot++;
  }
  return comma > dot ? ',' : '.';
}

/** How a date cell is written. `slash`: 03/04/2026, whose order the column must tell. */
export type DateShape = 'iso' | 'slash' | 'text' | 'serial';
/** The order of a slash date: day first (fr) or month first (en-US). */
export type DateOrder = 'dmy' | 'mdy';

/** A day, `YYYY-MM-DD`. */
export type Day = string;

const MONTHS: Record<string, number> = {};
for (const [index, names] of [
  ['jan', 'january', 'janv', 'janvier'],
  ['feb', 'february', 'fev', 'fevr', 'fevrier'],
  ['mar', 'march', 'mars'],
  ['apr', 'april', 'avr', 'avril'],
  ['may', 'mai'],
  ['jun', 'june', 'juin'],
  ['jul', 'july', 'juil', 'juillet'],
  ['aug', 'august', 'aout'],
  ['sep', 'sept', 'september', 'septembre'],
  ['oct', 'october', 'octobre'],
  ['nov', 'november', 'novembre'],
  ['dec', 'december', 'decembre'],
].entries()) {
  for (const name of names) MONTHS[name] = index + 1;
}

function day(year: number, month: number, date: number): Day | null {
  if (year < 1970 || year > 2100 || month < 1 || month > 12 || date < 1) return null;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (date > last) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`;
}

const TIME = String.raw`(?:[ T,]+\d{1,2}[:h]\d{2}(?::\d{2}(?:\.\d+)?)?(?: ?[ap]\.?m\.?)?(?:Z|[+-]\d{2}:?\d{2})?)?`;
const ISO = new RegExp(String.raw`^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})${TIME}$`, 'i');
const SLASH = new RegExp(String.raw`^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})${TIME}$`, 'i');
const TEXT_MDY = new RegExp(String.raw`^(?:[a-z]+,? )?([a-z]+)\.? (\d{1,2}),? (\d{4})${TIME}$`, 'i');
const TEXT_DMY = new RegExp(String.raw`^(?:[a-z]+,? )?(\d{1,2})(?:er)? ([a-z]+)\.? (\d{4})${TIME}$`, 'i');

export interface DateCell {
  shape: DateShape;
  /** For `slash`: the two first numbers, to learn the order from the column. */
  parts?: [number, number];
  /** The day when the shape alone tells it (not for `slash`). */
  day?: Day | null;
  year?: number;
}

/** What a date cell looks like, or null when it is not a date. */
export function readDateCell(cell: string): DateCell | null {
  const trimmed = cell.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(trimmed)) {
    const d = day(Number(trimmed.slice(0, 4)), Number(trimmed.slice(5, 7)), Number(trimmed.slice(8, 10)));
    return d ? { shape: 'iso', day: d } : null;
  }
  const text = trimmed
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\s+/g, ' ');
  let m = ISO.exec(text);
  if (m) {
    const d = day(Number(m[1]), Number(m[2]), Number(m[3]));
    return d ? { shape: 'iso', day: d } : null;
  }
  m = SLASH.exec(text);
  if (m) {
    const y = m[3] ?? '';
    return { shape: 'slash', parts: [Number(m[1]), Number(m[2])], year: Number(y.length === 2 ? `20${y}` : y) };
  }
  m = TEXT_MDY.exec(text);
  let month = m ? MONTHS[(m[1] ?? '').toLowerCase()] : undefined;
  if (m && month) {
    const d = day(Number(m[3]), month, Number(m[2]));
    return d ? { shape: 'text', day: d } : null;
  }
  m = TEXT_DMY.exec(text);
  month = m ? MONTHS[(m[2] ?? '').toLowerCase()] : undefined;
  if (m && month) {
    const d = day(Number(m[3]), month, Number(m[1]));
    return d ? { shape: 'text', day: d } : null;
  }
  // An Excel serial day (days since 1899-12-30), as a spreadsheet without date format gives.
  if (/^\d{5}(\.\d+)?$/.test(text)) {
    const serial = Math.floor(Number(text));
    if (serial > 25569 && serial < 73051) {
      const date = new Date(Date.UTC(1899, 11, 30) + serial * 86400000);
      return { shape: 'serial', day: date.toISOString().slice(0, 10) };
    }
  }
  return null;
}

/** The day of a slash date in a given order, or null when it does not exist. */
export function slashDay(cell: DateCell, order: DateOrder): Day | null {
  if (!cell.parts || cell.year === undefined) return null;
  const [a, b] = cell.parts;
  return order === 'dmy' ? day(cell.year, b, a) : day(cell.year, a, b);
}

export interface DateColumn {
  /** Shapes found in the column (more than one: mixed formats). */
  shapes: DateShape[];
  /** The order the column's slash dates tell, `unknown` when none tells (all ≤ 12), `conflict` when they disagree. */
  order: DateOrder | 'unknown' | 'conflict' | null;
}

/** What a column of date cells says about its slash dates' order. */
export function studyDates(cells: readonly (DateCell | null)[]): DateColumn {
  const shapes = new Set<DateShape>();
  let dayFirst = false;
  let monthFirst = false;
  let slash = false;
  for (const cell of cells) {
    if (!cell) continue;
    shapes.add(cell.shape);
    if (cell.shape !== 'slash' || !cell.parts) continue;
    slash = true;
    if (cell.parts[0] > 12) dayFirst = true;
    if (cell.parts[1] > 12) monthFirst = true;
  }
  const order = !slash ? null : dayFirst && monthFirst ? 'conflict' : dayFirst ? 'dmy' : monthFirst ? 'mdy' : 'unknown';
  return { shapes: [...shapes], order };
}
