/**
 * The currencies the calculators offer. How each language writes them, as ICU (CLDR 48) writes
 * them (`1 234,50 €`, `€1,234.50`, `1 235 F CFA`...), is in its folder. Kept as data so that
 * formatting and parsing money never starts `Intl.NumberFormat` while a calculator hydrates.
 * `tests/unit/numbers.test.ts` checks every entry against `Intl.NumberFormat`; a currency that
 * is not listed here (a valid ISO code from a link) is written by `Intl.NumberFormat` instead.
 */
/** The currencies of the calculators' select, the most common for the site's readers first. */
export const CURRENCIES = ['EUR', 'USD', 'GBP', 'CHF', 'CAD', 'XOF', 'XAF', 'MAD', 'TND', 'DZD'] as const;
export type KnownCurrency = (typeof CURRENCIES)[number];

export interface CurrencyPattern {
  /** Written before the digits (after the minus sign). */
  prefix: string;
  /** Written after the digits. */
  suffix: string;
  /** Fraction digits (ISO 4217 minor unit). */
  digits: number;
  /** Every symbol a reader may type with the amount (`symbol` and `narrowSymbol` displays). */
  symbols: readonly string[];
}

/** Each language's patterns, from its folder (`src/lib/i18n/<lang>/currencies.ts`). */
export { currencyPatterns } from '../i18n/languages/currencies';

export function isKnownCurrency(code: string): code is KnownCurrency {
  return (CURRENCIES as readonly string[]).includes(code);
}
