/**
 * Long dates (`26 novembre 2026`, `November 26, 2026`) written by hand, in the visitor's time
 * zone: what `Intl.DateTimeFormat(tag, { dateStyle: 'long' })` writes for `fr-FR` and `en`, without
 * starting ICU's date formatting while the audit hydrates (see src/lib/numbers/decimal.ts for the
 * cost). `tests/unit/i18n.test.ts` compares both.
 */
import type { Locale } from './locales';

const months: Record<Locale, readonly string[]> = {
  fr: [
    'janvier',
    'février',
    'mars',
    'avril',
    'mai',
    'juin',
    'juillet',
    'août',
    'septembre',
    'octobre',
    'novembre',
    'décembre',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

/** The order of day, month and year in each language. */
const write: Record<Locale, (day: number, month: string, year: number) => string> = {
  fr: (day, month, year) => `${day} ${month} ${year}`,
  en: (day, month, year) => `${month} ${day}, ${year}`,
};

/** An invalid date (never stored: the audit validates its dates) gives an empty string, not a throw. */
export function formatLongDate(date: Date, locale: Locale): string {
  if (Number.isNaN(date.getTime())) return '';
  const day = date.getDate();
  const month = months[locale][date.getMonth()] ?? '';
  const year = date.getFullYear();
  return write[locale](day, month, year);
}
