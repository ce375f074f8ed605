/**
 * Writing numbers in French and English without `Intl.NumberFormat`.
 *
 * Why: the first `Intl.NumberFormat` a page builds starts ICU's number formatting, which costs
 * 70–140 ms of main thread at Lighthouse's 4x CPU slowdown (measured in Chromium 156, see
 * docs/performance.md). The calculators and the audit format numbers while they hydrate, so
 * that one call was most of the Total Blocking Time of every tool page. The two locales the site
 * speaks need only three patterns (plain, percent, currency), written here the way ICU writes
 * them, digit for digit: `tests/unit/numbers.test.ts` compares this module with
 * `Intl.NumberFormat` on generated numbers.
 *
 * How ICU does it, and so how this does: the double is first turned into its shortest decimal
 * representation (what `String(x)` gives), then rounded half away from zero ("halfExpand") on
 * that decimal, never on the binary value (so 1.005 rounds to 1.01, not to 1.00).
 */

export type Digits = {
  negative: boolean;
  /** Significant digits without leading zeros ("" for zero). */
  digits: string;
  /** Power of ten of the first digit: 1234.5 → 3, 0.035 → -2. */
  magnitude: number;
};

/** The shortest decimal representation of a finite number. */
export function decimalOf(value: number): Digits {
  const negative = value < 0 || Object.is(value, -0);
  const text = String(Math.abs(value));
  const [mantissa = '0', exponentText] = text.split('e');
  const exponent = exponentText === undefined ? 0 : Number(exponentText);
  const [whole = '', fraction = ''] = mantissa.split('.');
  const all = whole + fraction;
  const leading = all.length - all.replace(/^0+/, '').length;
  const digits = all.slice(leading).replace(/0+$/, '');
  // Position of the first digit of `all` is whole.length - 1 (before the exponent).
  const magnitude = whole.length - 1 - leading + exponent;
  return { negative, digits, magnitude: digits === '' ? 0 : magnitude };
}

/**
 * Rounds half away from zero so that no digit is left below 10^position (position -2 keeps
 * hundredths). Works on the decimal digits, like ICU.
 */
export function roundAt(d: Digits, position: number): Digits {
  if (d.digits === '') return d;
  // How many of the digits stay.
  const keep = d.magnitude - position + 1;
  if (keep >= d.digits.length) return d;
  if (keep < 0) return { ...d, digits: '', magnitude: 0 };
  const kept = d.digits.slice(0, keep);
  const roundUp = d.digits.charCodeAt(keep) >= 53; /* '5' */
  if (!roundUp) {
    const trimmed = kept.replace(/0+$/, '');
    return trimmed === '' ? { ...d, digits: '', magnitude: 0 } : { ...d, digits: trimmed };
  }
  // Add one at the last kept digit (or at 10^position when nothing is kept).
  if (keep === 0) return { ...d, digits: '1', magnitude: position };
  const bumped = increment(kept);
  const carried = bumped.length > kept.length;
  return { ...d, digits: bumped.replace(/0+$/, ''), magnitude: d.magnitude + (carried ? 1 : 0) };
}

function increment(digits: string): string {
  const chars = digits.split('');
  let i = chars.length - 1;
  while (i >= 0 && chars[i] === '9') {
    chars[i] = '0';
    i--;
  }
  if (i < 0) return `1${chars.join('')}`;
  chars[i] = String(Number(chars[i]) + 1);
  return chars.join('');
}

export interface Symbols {
  group: string;
  decimal: string;
}

/**
 * The number part of a formatted value: grouped integer digits and at least `minFraction`
 * fraction digits (more when the digits need them). The sign is not written here.
 */
export function writeDigits(d: Digits, symbols: Symbols, minFraction = 0): string {
  const { digits, magnitude } = d;
  let whole: string;
  let fraction: string;
  if (digits === '') {
    whole = '0';
    fraction = '';
  } else if (magnitude < 0) {
    whole = '0';
    fraction = '0'.repeat(-magnitude - 1) + digits;
  } else {
    whole = digits.slice(0, magnitude + 1).padEnd(magnitude + 1, '0');
    fraction = digits.slice(magnitude + 1);
  }
  fraction = fraction.padEnd(minFraction, '0');
  // Groups of three from the right; both locales group from 1,000 on (minimum grouping 1).
  const groups: string[] = [];
  for (let end = whole.length; end > 0; end -= 3) groups.unshift(whole.slice(Math.max(0, end - 3), end));
  return groups.join(symbols.group) + (fraction === '' ? '' : symbols.decimal + fraction);
}

/** Multiplies by 10^power exactly, on the decimal digits (ICU does this for percentages). */
export function shift(d: Digits, power: number): Digits {
  return d.digits === '' ? d : { ...d, magnitude: d.magnitude + power };
}
