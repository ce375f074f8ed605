/**
 * How English writes the calculators' currencies, as ICU (CLDR 48) writes them, and what a reader may
 * type with an amount (src/lib/numbers; `tests/unit/numbers.test.ts` compares every entry with `Intl`).
 */
import type { CurrencyPattern, KnownCurrency } from '../../numbers/currencies';

/** The calculators' currencies as English pages write them (`€1,234.50`), and what a reader may type. */
export const currencies: Record<KnownCurrency, CurrencyPattern> = {
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
};
