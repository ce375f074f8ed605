/** Each language's currency patterns (its `currencies.ts`), read by src/lib/numbers. */
import type { CurrencyPattern, KnownCurrency } from '../../numbers/currencies';
import { currencies as fr } from '../fr/currencies';
import { currencies as en } from '../en/currencies';
import type { Locale } from '../locales';

export const currencyPatterns: Record<Locale, Record<KnownCurrency, CurrencyPattern>> = { fr, en };
