/**
 * How English writes a number: separators and the percent sign, digit for digit as ICU (CLDR 48)
 * writes `en` (`tests/unit/numbers.test.ts` compares them), written by hand so that no island
 * starts `Intl.NumberFormat` while it hydrates (src/lib/numbers/decimal.ts). The decimal separator
 * is the locale list's (a score or an hour count is written with it alone).
 */
import { decimalSeparators } from '../locales';

/** Separators, and what follows a percentage (`12.5%`). */
export const numberSymbols = {
  group: ',',
  decimal: decimalSeparators.en,
  percent: '%',
};
