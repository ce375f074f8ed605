/** The dashboard's summary as an XLSX file, written by ExcelJS (loaded on demand, in the worker). */
import { defuse } from './export';

export interface SheetRows {
  name: string;
  rows: (string | number)[][];
}

export async function writeXlsx(sheet: SheetRows): Promise<ArrayBuffer> {
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet(sheet.name.slice(0, 31));
  for (const row of sheet.rows) ws.addRow(row.map((cell) => (typeof cell === 'string' ? defuse(cell) : cell)));
  ws.getRow(1).font = { bold: true };
  const buffer = await book.xlsx.writeBuffer();
  return buffer;
}
