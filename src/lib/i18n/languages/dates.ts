/** Each language's month names and long-date order (its `dates.ts`), read by src/lib/i18n/dates.ts. */
import { byLocale } from './by-locale';

export interface DateWords {
  months: readonly string[];
  longDate: (day: number, month: string, year: number) => string;
}

export const dateWords = byLocale(import.meta.glob<DateWords>('../*/dates.ts', { eager: true, import: 'default' }));
