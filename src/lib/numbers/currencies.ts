/**
 * How French and English pages write the currencies the calculators offer, as ICU (CLDR 48)
 * writes them: `1 234,50 €`, `€1,234.50`, `1 235 F CFA`... Kept as data so that formatting and
 * parsing money never starts `Intl.NumberFormat` while a calculator hydrates (see decimal.ts).
 * `tests/unit/numbers.test.ts` checks every entry against `Intl.NumberFormat`; a currency that
 * is not listed here (a valid ISO code from a link) is written by `Intl.NumberFormat` instead.
 */
import type { Locale } from '../i18n/locales';

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

export const currencyPatterns: Record<Locale, Record<KnownCurrency, CurrencyPattern>> = {
  fr: {
    EUR: { prefix: '', suffix: '\u00a0€', digits: 2, symbols: ['€'] },
    USD: { prefix: '', suffix: '\u00a0$US', digits: 2, symbols: ['$US', '$'] },
    GBP: { prefix: '', suffix: '\u00a0£GB', digits: 2, symbols: ['£GB', '£'] },
    CHF: { prefix: '', suffix: '\u00a0CHF', digits: 2, symbols: ['CHF'] },
    CAD: { prefix: '', suffix: '\u00a0$CA', digits: 2, symbols: ['$CA', '$'] },
    XOF: { prefix: '', suffix: '\u00a0F\u202fCFA', digits: 0, symbols: ['F\u202fCFA'] },
    XAF: { prefix: '', suffix: '\u00a0FCFA', digits: 0, symbols: ['FCFA'] },
    MAD: { prefix: '', suffix: '\u00a0MAD', digits: 2, symbols: ['MAD'] },
    TND: { prefix: '', suffix: '\u00a0TND', digits: 3, symbols: ['TND'] },
    DZD: { prefix: '', suffix: '\u00a0DZD', digits: 2, symbols: ['DZD'] },
  },
  en: {
    EUR: { prefix: '€', suffix: '', digits: 2, symbols: ['€'] },
    USD: { prefix: '$', suffix: '', digits: 2, symbols: ['$'] },
    GBP: { prefix: '£', suffix: '', digits: 2, symbols: ['£'] },
    CHF: { prefix: 'CHF\u00a0', suffix: '', digits: 2, symbols: ['CHF'] },
    CAD: { prefix: 'CA$', suffix: '', digits: 2, symbols: ['CA$', '$'] },
    XOF: { prefix: 'F\u202fCFA\u00a0', suffix: '', digits: 0, symbols: ['F\u202fCFA'] },
    XAF: { prefix: 'FCFA\u00a0', suffix: '', digits: 0, symbols: ['FCFA'] },
    MAD: { prefix: 'MAD\u00a0', suffix: '', digits: 2, symbols: ['MAD'] },
    TND: { prefix: 'TND\u00a0', suffix: '', digits: 3, symbols: ['TND'] },
    DZD: { prefix: 'DZD\u00a0', suffix: '', digits: 2, symbols: ['DZD'] },
  },
};

export function isKnownCurrency(code: string): code is KnownCurrency {
  return (CURRENCIES as readonly string[]).includes(code);
}
