/** Each language's currency patterns (its `currencies.ts`), read by src/lib/numbers. */
import type { CurrencyPattern, KnownCurrency } from '../../numbers/currencies';
import { byLocale } from './by-locale';

export const currencyPatterns = byLocale(
  import.meta.glob<Record<KnownCurrency, CurrencyPattern>>('../*/currencies.ts', { eager: true, import: 'currencies' }),
);
