/**
 * How French writes the calculators' currencies, as ICU (CLDR 48) writes them, and what a reader may
 * type with an amount (src/lib/numbers; `tests/unit/numbers.test.ts` compares every entry with `Intl`).
 */
import type { CurrencyPattern, KnownCurrency } from '../../numbers/currencies';

/** The calculators' currencies as French pages write them (`1 234,50 €`), and what a reader may type. */
export const currencies: Record<KnownCurrency, CurrencyPattern> = {
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
};
