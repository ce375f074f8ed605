/** Each language's month names and long-date order (its `dates.ts`), read by src/lib/i18n/dates.ts. */
import * as fr from '../fr/dates';
import * as en from '../en/dates';
import type { Locale } from '../locales';

export interface DateWords {
  months: readonly string[];
  longDate: (day: number, month: string, year: number) => string;
}

export const dateWords: Record<Locale, DateWords> = {
  fr: { months: fr.months, longDate: fr.longDate },
  en: { months: en.months, longDate: en.longDate },
};
