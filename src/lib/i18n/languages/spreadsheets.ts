/** Each language's spreadsheet formats and sample posting times (its `spreadsheets.ts`), read by src/lib/templates. */
import type { NumberKind } from '../../templates/model';
import { byLocale } from './by-locale';

export const spreadsheetFormats = byLocale(
  import.meta.glob<Record<NumberKind, string>>('../*/spreadsheets.ts', { eager: true, import: 'spreadsheetFormats' }),
);

export const exampleTimes = byLocale(
  import.meta.glob<readonly [string, string]>('../*/spreadsheets.ts', { eager: true, import: 'exampleTimes' }),
);
