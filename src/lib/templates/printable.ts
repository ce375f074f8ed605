/**
 * The printable page of a template, from the same sheets as its .xlsx file: headings, notes and
 * tables, with empty cells where the spreadsheet has cells to fill or formulas (on paper the
 * reader writes the figures; the formula column says how to work them out). Example texts are
 * kept (muted) as a guide; example figures and dates are left blank, to be written in.
 */
import type { Cell, Sheet } from './model';

interface PrintCell {
  text: string;
  /** An example text, shown muted. */
  example: boolean;
  /** The row's label (a `<th scope="row">`). */
  rowHeader: boolean;
  /** A cell to fill in by hand. */
  fill: boolean;
}

interface PrintRow {
  /** A label splitting the table (a row spanning every column). */
  group?: string;
  cells: PrintCell[];
}

export type PrintBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'note'; text: string }
  | {
      kind: 'table';
      header: string[];
      rows: PrintRow[];
      columns: number;
      /**
       * Each column's share of the width, in whole percents (from the sheet's column widths);
       * empty when the table is sized by its content.
       */
      percents: number[];
    };

function printCell(cell: Cell, column: number): PrintCell {
  switch (cell.kind) {
    case 'text': {
      const example = cell.example === true;
      // Texts are written for the file; a leading apostrophe only protects the spreadsheet.
      const text = cell.text.startsWith("'") ? cell.text.slice(1) : cell.text;
      return { text, example, rowHeader: column === 0 && !example && text !== '', fill: text === '' };
    }
    case 'empty':
      return { text: '', example: false, rowHeader: false, fill: false };
    default:
      return { text: '', example: false, rowHeader: false, fill: true };
  }
}

/** The blocks of a sheet, in order. The sheet's title row is left out: the page's h1 says it. */
export function printableBlocks(sheet: Sheet): PrintBlock[] {
  const blocks: PrintBlock[] = [];
  let table: Extract<PrintBlock, { kind: 'table' }> | undefined;
  const close = () => {
    if (table) {
      const width = Math.max(table.header.length, ...table.rows.map((r) => r.cells.length));
      for (const row of table.rows) {
        if (row.group !== undefined) continue;
        while (row.cells.length < width) row.cells.push({ text: '', example: false, rowHeader: false, fill: true });
      }
      table.columns = width;
      // Only a table as wide as its sheet takes the sheet's column widths; a narrower one (a list
      // of labels and answers) is sized by its content.
      if (width === sheet.widths.length) {
        const total = sheet.widths.reduce((a, b) => a + b, 0);
        table.percents = sheet.widths.map((w) => Math.max(1, Math.floor((w / total) * 100)));
      }
      blocks.push(table);
    }
    table = undefined;
  };
  const first = (cells: Cell[]) => {
    const cell = cells[0];
    return cell?.kind === 'text' ? cell.text : '';
  };
  for (const row of sheet.rows) {
    switch (row.role) {
      case 'title':
        break;
      case 'blank':
        close();
        break;
      case 'heading':
        close();
        blocks.push({ kind: 'heading', text: first(row.cells) });
        break;
      case 'note':
        close();
        blocks.push({ kind: 'note', text: first(row.cells) });
        break;
      case 'header':
        close();
        table = {
          kind: 'table',
          header: row.cells.map((c) => (c.kind === 'text' ? c.text : '')),
          rows: [],
          columns: 0,
          percents: [],
        };
        break;
      case 'group':
        table ??= { kind: 'table', header: [], rows: [], columns: 0, percents: [] };
        table.rows.push({ group: first(row.cells), cells: [] });
        break;
      case 'data':
        table ??= { kind: 'table', header: [], rows: [], columns: 0, percents: [] };
        table.rows.push({ cells: row.cells.map(printCell) });
        break;
    }
  }
  close();
  return blocks;
}
