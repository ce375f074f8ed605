/**
 * A template as plain data: sheets of rows of cells, with roles (title, note, heading, header,
 * data) that both writers read: the .xlsx writer (./xlsx.ts, at build time) and the printable
 * page (src/pages/[lang]/templates/[id].astro). One layout, two renderings.
 *
 * Row n of `rows` is row n + 1 of the spreadsheet, so formulas can name cells while the sheet is
 * being built (SheetBuilder hands out row numbers as it adds rows).
 */
import type { Locale } from '../i18n/locales';
import type { TemplateId } from './ids';

/** How a cell's number is shown; each has a number format per language (./formats.ts). */
export type NumberKind = 'count' | 'decimal' | 'money' | 'percent' | 'date' | 'text';

export type Cell =
  /** A label, or an example text (`example`: italic in the file, muted on the printable page). */
  | { kind: 'text'; text: string; example?: boolean }
  /** An example figure (italic in the file, left blank on the printable page). */
  | { kind: 'number'; value: number; format: NumberKind; example: true }
  /** An example date, ISO `yyyy-mm-dd` (italic in the file, left blank on the printable page). */
  | { kind: 'date'; iso: string; example: true }
  /** A live formula (English function names, `,` separators, no leading `=`) and its value. */
  | { kind: 'formula'; formula: string; cached: number | string; format: NumberKind }
  /** An empty cell to fill, already carrying its number format. */
  | { kind: 'input'; format: NumberKind }
  /** Nothing (layout). */
  | { kind: 'empty' };

/** `group`: a label that splits a table into parts (rendered as a row spanning the table). */
export type RowRole = 'title' | 'note' | 'heading' | 'header' | 'group' | 'data' | 'blank';

export interface Row {
  role: RowRole;
  cells: Cell[];
  /** A drop-down list of allowed texts for the input cells of this row (0-based columns). */
  choices?: { columns: number[]; values: string[] };
}

export interface Sheet {
  name: string;
  /** Column widths, in characters. */
  widths: number[];
  rows: Row[];
  /** Printed across (wide tables). */
  landscape: boolean;
  /** Rows frozen at the top when scrolling (the header). */
  frozenRows: number;
  /** Columns frozen at the left (the row labels). */
  frozenColumns: number;
}

export interface Template {
  id: TemplateId;
  lang: Locale;
  title: string;
  description: string;
  use: string;
  sheets: Sheet[];
}

/** `A`, `B`, … `Z`, `AA`… from a 0-based column index. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    out = String.fromCharCode(65 + rest) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** `B7` from a 0-based column and a 1-based row. */
export function address(column: number, row: number): string {
  return `${columnLetter(column)}${row}`;
}

/**
 * A cell of text that stays text: a text starting with `=`, `+`, `-`, `@` (or a tab or carriage
 * return) would become a formula when someone edits the cell or exports it to CSV, so it gets a
 * leading apostrophe, as OWASP advises against formula injection.
 */
export function text(value: string, example = false): Cell {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return example ? { kind: 'text', text: safe, example } : { kind: 'text', text: safe };
}

/** An empty cell to fill. */
export function input(format: NumberKind = 'text'): Cell {
  return { kind: 'input', format };
}

/** An example figure. */
export function example(value: number, format: NumberKind): Cell {
  return { kind: 'number', value, format, example: true };
}

export class SheetBuilder {
  readonly rows: Row[] = [];
  frozenRows = 0;
  frozenColumns = 0;

  constructor(
    readonly name: string,
    readonly widths: number[],
    readonly landscape = false,
  ) {
    if (name.length > 31 || /[[\]:*?/\\]/.test(name)) throw new Error(`Invalid sheet name "${name}"`);
  }

  /** The row number the next added row will have. */
  get next(): number {
    return this.rows.length + 1;
  }

  /** Adds a row and returns its (1-based) number. */
  add(role: RowRole, cells: Cell[], extra: Pick<Row, 'choices'> = {}): number {
    this.rows.push({ role, cells, ...extra });
    return this.rows.length;
  }

  title(value: string): number {
    return this.add('title', [text(value)]);
  }

  note(value: string): number {
    return this.add('note', [text(value)]);
  }

  heading(value: string): number {
    return this.add('heading', [text(value)]);
  }

  group(value: string): number {
    return this.add('group', [text(value)]);
  }

  header(values: string[]): number {
    return this.add(
      'header',
      values.map((value) => text(value)),
    );
  }

  blank(): number {
    return this.add('blank', []);
  }

  build(): Sheet {
    return {
      name: this.name,
      widths: this.widths,
      rows: this.rows,
      landscape: this.landscape,
      frozenRows: this.frozenRows,
      frozenColumns: this.frozenColumns,
    };
  }
}
