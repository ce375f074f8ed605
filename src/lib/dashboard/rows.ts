/**
 * From a table of text cells to posts: find the header row, propose a mapping, then read every
 * row with the mapping the visitor confirmed. A row that cannot be read (a text where a number
 * belongs, a date that is no date or lies in the future, the same post twice) is left out of the
 * totals and listed with its row number and the reason; nothing is dropped silently or guessed.
 */
import {
  detectColumns,
  isMetric,
  layoutKey,
  metricIds,
  networkOf,
  normalise,
  type ColumnMatch,
  type FieldId,
  type MetricId,
  type NetworkId,
  type Preset,
} from './fields';
import { findCurrency, type CurrencyFinding, type KnownCurrency } from './currency';
import {
  detectDecimal,
  readDateCell,
  readNumber,
  slashDay,
  studyDates,
  type DateOrder,
  type DateShape,
  type Day,
} from './values';

export interface Layout {
  /** Index of the header row in the table. */
  headerRow: number;
  headers: string[];
  preset: Preset | null;
  /** The proposed field of each column and how sure it is. */
  detected: ColumnMatch[];
  /** Key of this layout (its headers), under which the visitor's mapping is remembered. */
  key: string;
  decimal: ',' | '.';
}

/** Looks at the ten first rows for the one that names the most known fields. */
export function findLayout(rows: readonly string[][], delimiter: string): Layout {
  let headerRow = -1;
  let best = 0;
  for (let r = 0; r < Math.min(rows.length, 10); r++) {
    const known = detectColumns(rows[r] ?? []).columns.filter((c) => c.field !== null).length;
    if (known > best) {
      best = known;
      headerRow = r;
    }
  }
  if (headerRow < 0)
    headerRow = Math.max(
      0,
      rows.findIndex((row) => row.filter((c) => c.trim() !== '').length >= 2),
    );
  const headers = (rows[headerRow] ?? []).map((h) => h.trim());
  const { preset, columns } = detectColumns(headers);
  const numeric: string[] = [];
  for (const row of rows.slice(headerRow + 1, headerRow + 200)) {
    columns.forEach((c, i) => {
      const cell = row[i];
      if (c.field && isMetric(c.field) && cell) numeric.push(cell);
    });
  }
  return {
    headerRow,
    headers,
    preset,
    detected: columns,
    key: layoutKey(headers),
    decimal: detectDecimal(delimiter, numeric),
  };
}

/** The mapping the visitor confirmed (or the one proposed). */
export interface Mapping {
  /** Field of each column, or null to ignore it. */
  columns: (FieldId | null)[];
  /** Network of the rows that do not name one. */
  network: NetworkId;
  /** Order of slash dates, once the visitor said it (or the column did). */
  dateOrder: DateOrder | null;
  decimal: ',' | '.';
  /** Currency of the cost column, once the visitor said it (null: as the file says, if it does). */
  currency: KnownCurrency | null;
}

export function proposedMapping(layout: Layout): Mapping {
  return {
    columns: layout.detected.map((c) => c.field),
    network: layout.preset?.network ?? 'other',
    dateOrder: null,
    decimal: layout.decimal,
    currency: null,
  };
}

/** Is the proposal sure enough to show totals at once (the mapping stays open to change)? */
export function isSure(layout: Layout): boolean {
  if (layout.preset) return true;
  const fields = layout.detected.filter((c) => c.field !== null);
  return (
    fields.length >= 3 &&
    fields.every((c) => c.certainty === 'exact') &&
    fields.some((c) => c.field === 'date') &&
    fields.some((c) => c.field && isMetric(c.field))
  );
}

export interface Post {
  /** Row number as a spreadsheet shows it (1 = the first row of the file). */
  row: number;
  day: Day | null;
  network: NetworkId;
  title: string;
  id: string;
  values: Partial<Record<MetricId, number>>;
}

export type ProblemKind = 'empty' | 'number' | 'date' | 'future' | 'duplicate';

export interface Problem {
  row: number;
  kind: ProblemKind;
  /** The column's header and the cell, for `number` and `date`. */
  column?: string | undefined;
  cell?: string;
  /** For `number`: why (`notNumber`, `notWhole`, `negative`). */
  reason?: string;
  /** For `duplicate`: the row it repeats. */
  of?: number;
}

export interface Reading {
  posts: Post[];
  /** Every row left out, in file order. */
  problems: Problem[];
  /**
   * Slash dates whose order no cell tells (`unknown`) or whose cells disagree (`conflict`): the
   * page asks, and keeps the question shown once answered so that the answer can be changed.
   */
  askDateOrder: 'unknown' | 'conflict' | null;
  /** The order is asked and not answered yet: no row is read. */
  waiting: boolean;
  /** More than one way of writing dates in the date column. */
  dateShapes: DateShape[];
  /** No column is mapped to any number: nothing to total. */
  noMetric: boolean;
  /** Currency of the costs: the visitor's answer, else the file's; null when unknown or no cost column. */
  currency: KnownCurrency | null;
  /**
   * The cost column does not say its currency (or says two, or only `$`): the page asks, and keeps
   * the question shown once answered so that the answer can be changed.
   */
  askCurrency: Exclude<CurrencyFinding, { code: KnownCurrency }>['reason'] | null;
}

/** The currency of the cost column (if one is mapped): the visitor's answer or what the file says. */
function costCurrency(
  body: readonly string[][],
  layout: Layout,
  mapping: Mapping,
): Pick<Reading, 'currency' | 'askCurrency'> {
  const costCol = mapping.columns.indexOf('cost');
  if (costCol < 0) return { currency: null, askCurrency: null };
  const found = findCurrency(
    layout.headers[costCol] ?? '',
    body.slice(0, 500).map((row) => row[costCol] ?? ''),
  );
  return { currency: mapping.currency ?? found.code, askCurrency: found.code ? null : found.reason };
}

/** Every metric is a count but the cost, an amount of money. */
const COUNT_FIELDS = new Set<MetricId>(metricIds.filter((field) => field !== 'cost'));

/** Reads the rows under the header with a mapping. `today` (`YYYY-MM-DD`) marks future dates. */
export function readRows(rows: readonly string[][], layout: Layout, mapping: Mapping, today: Day): Reading {
  const col = (field: FieldId) => mapping.columns.indexOf(field);
  const dateCol = col('date');
  const body = rows.slice(layout.headerRow + 1);
  const dates = dateCol >= 0 ? body.map((row) => readDateCell(row[dateCol] ?? '')) : [];
  const study = studyDates(dates);
  const order = mapping.dateOrder ?? (study.order === 'dmy' || study.order === 'mdy' ? study.order : null);
  const askDateOrder = study.order === 'unknown' || study.order === 'conflict' ? study.order : null;
  const metrics = mapping.columns
    .map((field, index) => ({ field, index }))
    .filter((c): c is { field: MetricId; index: number } => c.field !== null && isMetric(c.field));
  const reading: Reading = {
    posts: [],
    problems: [],
    askDateOrder,
    waiting: askDateOrder !== null && mapping.dateOrder === null,
    dateShapes: study.shapes,
    noMetric: metrics.length === 0,
    ...costCurrency(body, layout, mapping),
  };
  if (reading.waiting || reading.noMetric) return reading;

  const seen = new Map<string, number>();
  const textOf = (row: readonly string[], field: FieldId) => {
    const i = col(field);
    return i >= 0 ? (row[i] ?? '').trim() : '';
  };
  body.forEach((row, index) => {
    const rowNumber = layout.headerRow + index + 2;
    if (row.every((cell) => cell.trim() === '')) {
      reading.problems.push({ row: rowNumber, kind: 'empty' });
      return;
    }
    let day: Day | null = null;
    if (dateCol >= 0) {
      const cell = dates[index];
      day = cell ? (cell.shape === 'slash' ? (order ? slashDay(cell, order) : null) : (cell.day ?? null)) : null;
      const raw = row[dateCol] ?? '';
      if (day === null) {
        reading.problems.push({ row: rowNumber, kind: 'date', column: layout.headers[dateCol], cell: raw });
        return;
      }
      if (day > today) {
        reading.problems.push({ row: rowNumber, kind: 'future', column: layout.headers[dateCol], cell: raw });
        return;
      }
    }
    const values: Partial<Record<MetricId, number>> = {};
    for (const { field, index: i } of metrics) {
      const raw = row[i] ?? '';
      if (raw.trim() === '') continue;
      const read = readNumber(raw, COUNT_FIELDS.has(field) ? 'count' : 'amount', mapping.decimal);
      if (!read.ok) {
        reading.problems.push({
          row: rowNumber,
          kind: 'number',
          column: layout.headers[i],
          cell: raw,
          reason: read.reason,
        });
        return;
      }
      values[field] = read.value;
    }
    const network = networkOf(textOf(row, 'network')) ?? mapping.network;
    const title = textOf(row, 'post');
    const id = textOf(row, 'id');
    const key = id ? `id:${id}` : title ? `t:${day}|${network}|${normalise(title)}` : '';
    if (key) {
      const first = seen.get(key);
      if (first !== undefined) {
        reading.problems.push({ row: rowNumber, kind: 'duplicate', of: first });
        return;
      }
      seen.set(key, rowNumber);
    }
    reading.posts.push({ row: rowNumber, day, network, title, id, values });
  });
  return reading;
}
