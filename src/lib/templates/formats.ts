/**
 * Number formats of the .xlsx files, per language. Format codes are stored with `.` and `,`
 * (the file format's fixed syntax: Excel and LibreOffice show them with the reader's own
 * separators); what changes with the language is the text around the number: a narrow no-break
 * space before `%` in French, none in English, and the date order.
 */
import type { Locale } from '../i18n/locales';
import type { NumberKind } from './model';

export const numberFormats: Record<Locale, Record<NumberKind, string>> = {
  fr: {
    count: '#,##0',
    decimal: '#,##0.00',
    money: '#,##0.00',
    percent: '0.00"\u202f%"',
    date: 'dd/mm/yyyy',
    text: '@',
  },
  en: {
    count: '#,##0',
    decimal: '#,##0.00',
    money: '#,##0.00',
    percent: '0.00"%"',
    date: 'yyyy-mm-dd',
    text: '@',
  },
};
