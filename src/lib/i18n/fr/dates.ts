/** How French writes a long date (src/lib/i18n/dates.ts; `tests/unit/i18n.test.ts` compares it with `Intl`). */

/** Month names, January first, as a long date writes them. */
export const months = [
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
] as const;

/** A long date: `26 novembre 2026`. */
export const longDate = (day: number, month: string, year: number) => `${day} ${month} ${year}`;

/** What src/lib/i18n/dates.ts reads (through `../languages/dates.ts`). */
export default { months, longDate };
