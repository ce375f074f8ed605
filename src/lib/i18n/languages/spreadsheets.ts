/** Each language's spreadsheet formats and sample posting times (its `spreadsheets.ts`), read by src/lib/templates. */
import type { NumberKind } from '../../templates/model';
import * as fr from '../fr/spreadsheets';
import * as en from '../en/spreadsheets';
import type { Locale } from '../locales';

export const spreadsheetFormats: Record<Locale, Record<NumberKind, string>> = {
  fr: fr.spreadsheetFormats,
  en: en.spreadsheetFormats,
};

export const exampleTimes: Record<Locale, readonly [string, string]> = { fr: fr.exampleTimes, en: en.exampleTimes };
