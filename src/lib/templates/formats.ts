/**
 * Number formats of the .xlsx files, per language: each language's `spreadsheetFormats`, in its
 * folder (`src/lib/i18n/<lang>/spreadsheets.ts`). Format codes are stored with `.` and `,` (the file
 * format's fixed syntax: Excel and LibreOffice show them with the reader's own separators); what
 * changes with the language is the text around the number (a narrow no-break space before `%` in
 * French, none in English) and the date order.
 */
import { spreadsheetFormats } from '../i18n/languages/spreadsheets';
import type { Locale } from '../i18n/locales';
import type { NumberKind } from './model';

export const numberFormats: Record<Locale, Record<NumberKind, string>> = spreadsheetFormats;
