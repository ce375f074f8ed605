/** How English writes a long date (src/lib/i18n/dates.ts; `tests/unit/i18n.test.ts` compares it with `Intl`). */

/** Month names, January first, as a long date writes them. */
export const months = [
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
] as const;

/** A long date: `November 26, 2026`. */
export const longDate = (day: number, month: string, year: number) => `${month} ${day}, ${year}`;

/** What src/lib/i18n/dates.ts reads (through `../languages/dates.ts`). */
export default { months, longDate };
