/**
 * Writes a template (./model.ts) as an .xlsx workbook, at build time only: the route
 * src/pages/[lang]/templates/[id].xlsx.ts is its one caller, and no island or page script
 * imports it, so ExcelJS never reaches a browser.
 *
 * Why ExcelJS: it writes real formulas with a cached result, number formats, fonts, fills, frozen
 * panes, data validation lists and A4 page setup; it is MIT-licensed, pure JavaScript (no binary
 * to download), widely used and still released. The npm `xlsx` package (0.18.5) is not an
 * option: that version has known vulnerabilities and its fixed versions are not on npm.
 */
import ExcelJS from 'exceljs';
import { useTranslations } from '../i18n';
import { numberFormats } from './formats';
import type { Cell, Template } from './model';

/** A fixed date for the file's properties, so that the files do not change from build to build. */
const CREATED = new Date(Date.UTC(2026, 11, 1));

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE8F5' } };
const GROUP_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF1F1F1' } };
const CALC_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF4F8EC' } };
const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin', color: { argb: 'FFBFBFBF' } },
  bottom: { style: 'thin', color: { argb: 'FFBFBFBF' } },
  left: { style: 'thin', color: { argb: 'FFBFBFBF' } },
  right: { style: 'thin', color: { argb: 'FFBFBFBF' } },
};

function valueOf(cell: Cell): ExcelJS.CellValue {
  switch (cell.kind) {
    case 'text':
      return cell.text === '' ? null : cell.text;
    case 'number':
      return cell.value;
    case 'date':
      return new Date(`${cell.iso}T00:00:00Z`);
    case 'formula':
      return { formula: cell.formula, result: cell.cached };
    case 'input':
    case 'empty':
      return null;
  }
}

/** The workbook of a template, as the bytes of an .xlsx file. */
// eslint-disable-next-line max-lines-per-function -- one pass over a template's sheets, in the order ExcelJS needs
export async function writeXlsx(template: Template): Promise<Uint8Array<ArrayBuffer>> {
  const formats = numberFormats[template.lang];
  const workbook = new ExcelJS.Workbook();
  workbook.creator = useTranslations(template.lang)('site.name');
  workbook.title = template.title;
  workbook.subject = template.description;
  workbook.created = CREATED;
  workbook.modified = CREATED;
  // Ask the spreadsheet to recalculate every formula when the file opens.
  workbook.calcProperties.fullCalcOnLoad = true;

  for (const sheet of template.sheets) {
    const ws = workbook.addWorksheet(sheet.name, {
      pageSetup: {
        paperSize: 9, // A4
        orientation: sheet.landscape ? 'landscape' : 'portrait',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      },
      views: [{ state: 'frozen', xSplit: sheet.frozenColumns, ySplit: sheet.frozenRows }],
    });
    sheet.widths.forEach((width, index) => {
      ws.getColumn(index + 1).width = width;
    });
    const span = sheet.widths.length;

    sheet.rows.forEach((row, index) => {
      const xlRow = ws.getRow(index + 1);
      const cells = row.role === 'data' ? row.cells : row.cells.slice(0, 1);
      cells.forEach((cell, column) => {
        const xl = xlRow.getCell(column + 1);
        xl.value = valueOf(cell);
        if (cell.kind === 'number' || cell.kind === 'formula' || cell.kind === 'input') {
          xl.numFmt = formats[cell.format];
        } else if (cell.kind === 'date') {
          xl.numFmt = formats.date;
        }
        const isExample = 'example' in cell && cell.example === true;
        if (row.role === 'data') {
          xl.border = THIN;
          xl.alignment =
            cell.kind === 'formula'
              ? { vertical: 'top', horizontal: 'right' }
              : { vertical: 'top', wrapText: cell.kind === 'text' || cell.kind === 'input' };
          if (isExample) xl.font = { italic: true, color: { argb: 'FF595959' } };
          if (cell.kind === 'formula') xl.fill = CALC_FILL;
          if (column === 0 && cell.kind === 'text' && !isExample) xl.font = { bold: true };
        }
      });
      if (row.role === 'data' || row.role === 'header') {
        // Spreadsheets do not grow a row for wrapped text written by a program: give it the
        // lines its longest text needs in its column.
        const lines = Math.max(
          1,
          ...row.cells.map((cell, column) =>
            cell.kind === 'text' ? Math.ceil((cell.text.length * 1.1) / (sheet.widths[column] ?? 10)) : 1,
          ),
        );
        if (lines > 1) xlRow.height = 15 * lines;
      }
      switch (row.role) {
        case 'title':
          xlRow.font = { bold: true, size: 16 };
          break;
        case 'heading':
          xlRow.font = { bold: true, size: 13 };
          break;
        case 'note':
          xlRow.getCell(1).alignment = { wrapText: false };
          xlRow.getCell(1).font = { italic: true };
          break;
        case 'header':
          row.cells.forEach((cell, column) => {
            const xl = xlRow.getCell(column + 1);
            xl.value = cell.kind === 'text' ? cell.text : null;
            xl.font = { bold: true };
            xl.fill = HEADER_FILL;
            xl.border = THIN;
            xl.alignment = { vertical: 'top', wrapText: true };
          });
          break;
        case 'group':
          for (let column = 1; column <= span; column++) xlRow.getCell(column).fill = GROUP_FILL;
          xlRow.getCell(1).font = { bold: true };
          break;
        case 'data':
        case 'blank':
          break;
      }
      if (row.choices) {
        for (const column of row.choices.columns) {
          xlRow.getCell(column + 1).dataValidation = {
            type: 'list',
            allowBlank: true,
            formulae: [`"${row.choices.values.join(',')}"`],
          };
        }
      }
    });
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}
