/** The English templates' spreadsheet conventions (src/lib/templates). */
import type { NumberKind } from '../../templates/model';

/**
 * The templates' .xlsx number formats. Format codes keep `.` and `,` (the file format's syntax: the
 * reader's spreadsheet shows its own separators); the language sets the text around the number.
 */
export const spreadsheetFormats: Record<NumberKind, string> = {
  count: '#,##0',
  decimal: '#,##0.00',
  money: '#,##0.00',
  percent: '0.00"%"',
  date: 'yyyy-mm-dd',
  text: '@',
};

/** Two posting times of the templates' editorial calendar, as English writes a time of day. */
export const exampleTimes = ['6:30 pm', '9:00 am'] as const;
