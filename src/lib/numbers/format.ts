/**
 * Numbers written in the page's locale: counts, input values and percentages (money is in
 * ./index.ts, with its currency table). Each language's separators are written by hand in its
 * folder (`src/lib/i18n/<lang>/numbers.ts`), digit for digit as ICU writes them, so that no
 * island starts Intl.NumberFormat while it hydrates (see ./decimal.ts); this module is small so
 * that the audit can use it without the parser.
 */
import { numberSymbols } from '../i18n/languages/numbers';
import { localeTags, type Locale } from '../i18n/locales';
import { decimalOf, roundAt, shift, writeDigits, type Digits, type Symbols } from './decimal';

const formats = new Map<string, Intl.NumberFormat>();

/**
 * Intl.NumberFormat, kept for what the hand-written formats do not cover (a currency outside the
 * calculators' list, Infinity and NaN). Instances are costly: one per locale and options, reused.
 */
export function numberFormat(tag: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${tag}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.NumberFormat(tag, options)));
  return format;
}

/** Each locale's separators, and what follows a percentage (`12,5 %`, `12.5%`): its folder's data. */
export const symbolsOf: Record<Locale, Symbols & { percent: string }> = numberSymbols;

/** Sign, then the digits (ICU writes `-0` for a negative value that rounds to zero). */
export function signed(d: Digits, body: string): string {
  return d.negative ? `-${body}` : body;
}

/** Infinity and NaN never reach the page (results are checked first); if they did, Intl writes them. */
function nonFinite(value: number, locale: Locale, options: Intl.NumberFormatOptions = {}): string {
  return numberFormat(localeTags[locale], options).format(value);
}

/** A number written in a locale for an input field, exactly (no rounding, with grouping). */
export function formatInput(value: number, locale: Locale): string {
  if (!Number.isFinite(value)) return nonFinite(value, locale);
  const d = roundAt(decimalOf(value), -20);
  return signed(d, writeDigits(d, symbolsOf[locale]));
}

/** A count: `1 234` (fr), `1,234` (en); decimals kept up to 2. */
export function formatCount(value: number, locale: Locale): string {
  return formatNumber(value, locale, 2);
}

/**
 * A plain number with at most `maxFraction` decimals, trailing zeros dropped: `1 234,5` (fr),
 * `1,234.5` (en) (Intl: `maximumFractionDigits`).
 */
export function formatNumber(value: number, locale: Locale, maxFraction: number): string {
  if (!Number.isFinite(value)) return nonFinite(value, locale, { maximumFractionDigits: maxFraction });
  const d = roundAt(decimalOf(value), -maxFraction);
  return signed(d, writeDigits(d, symbolsOf[locale]));
}

/** A percentage given in percent units with at most `maxFraction` decimals: `12,5 %` (fr), `12.5%` (en). */
export function formatPercentUpTo(value: number, locale: Locale, maxFraction: number): string {
  if (!Number.isFinite(value)) return nonFinite(value / 100, locale, { style: 'percent' });
  return percentText(roundAt(decimalOf(value), -maxFraction), locale);
}

/**
 * A percentage given in percent units (2.5 means 2.5 %): two decimals for ordinary values, and
 * three significant digits for small ones so that 0.035 % does not collapse to 0,04 %.
 * (Intl: `style: 'percent'`, `maximumFractionDigits: 2`, `maximumSignificantDigits: 3`,
 * `roundingPriority: 'morePrecision'` on value / 100: whichever rounding keeps more digits.)
 */
export function formatPercent(value: number, locale: Locale): string {
  if (!Number.isFinite(value)) return nonFinite(value, locale, { style: 'percent' });
  const exact = shift(decimalOf(value / 100), 2);
  return percentText(roundAt(exact, Math.min(-2, exact.magnitude - 2)), locale);
}

/** A percentage rounded to a whole number: `43 %` (fr), `43%` (en). */
export function formatWholePercent(value: number, locale: Locale): string {
  if (!Number.isFinite(value)) return nonFinite(value, locale, { style: 'percent' });
  return percentText(roundAt(shift(decimalOf(value / 100), 2), 0), locale);
}

function percentText(d: Digits, locale: Locale): string {
  const symbols = symbolsOf[locale];
  return signed(d, writeDigits(d, symbols) + symbols.percent);
}
