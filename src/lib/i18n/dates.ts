/**
 * Long dates (`26 novembre 2026`, `November 26, 2026`) written by hand, in the visitor's time
 * zone: what `Intl.DateTimeFormat(tag, { dateStyle: 'long' })` writes for each locale's tag, without
 * starting ICU's date formatting while the audit hydrates (see src/lib/numbers/decimal.ts for the
 * cost). Month names and the order of day, month and year are each language's data
 * (`src/lib/i18n/<lang>/dates.ts`). `tests/unit/i18n.test.ts` compares both.
 */
import { dateWords } from './languages/dates';
import type { Locale } from './locales';

/** An invalid date (never stored: the audit validates its dates) gives an empty string, not a throw. */
export function formatLongDate(date: Date, locale: Locale): string {
  if (Number.isNaN(date.getTime())) return '';
  const { months, longDate } = dateWords[locale];
  return longDate(date.getDate(), months[date.getMonth()] ?? '', date.getFullYear());
}
