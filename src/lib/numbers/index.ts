/**
 * Locale numbers: parse what a visitor types (`1 234,5`, `12,5 %`, `3,20 €`, `1,234.5`,
 * `$3.20`) and format results in the page's locale. Pure functions: no DOM, no Astro.
 *
 * Parsing is strict on purpose: a figure that could be read two ways (`1.500` on a French page,
 * `1,5` on an English one) is refused with a reason rather than guessed.
 *
 * Departure from ARCHITECTURE.md (which names `@internationalized/number`'s NumberParser as the
 * default): parsing here checks the whole shape of the number itself (ASCII digits, groups of
 * exactly three, one decimal separator, sign and unit handled before), so once a text has passed,
 * reading it is only "drop the group separators, decimal to `.`, Number()" — which is what
 * NumberParser does for such a text, at ~2.5 KB gzip in every calculator page. It is therefore not
 * used; the tests compare both on generated input. Output is written by ./format.ts (without
 * Intl.NumberFormat for French and English, see ./decimal.ts).
 */
import { localeTags, type Locale } from '../i18n/locales';
import { currencyPatterns, isKnownCurrency } from './currencies';
import { decimalOf, roundAt, writeDigits } from './decimal';
import { numberFormat, signed, symbolsOf } from './format';

export { CURRENCIES } from './currencies';
export { formatCount, formatInput, formatNumber, formatPercent, formatPercentUpTo, formatWholePercent } from './format';

/** Why a text is not a usable number. Each reason has a translated message (`kpi.error.*`). */
export type ParseFailure =
  /** Nothing typed (not an error: the field shows a hint). */
  | 'empty'
  /** Letters, several numbers, a misplaced separator... */
  | 'notNumber'
  /** French `1.500`: a thousands separator or a decimal point? */
  | 'ambiguous'
  /** A percent sign or a currency where it does not belong. */
  | 'wrongUnit';

export type ParseResult = { ok: true; value: number } | { ok: false; reason: ParseFailure };

export interface ParseOptions {
  /** Accept a trailing or leading `%`. */
  percent?: boolean;
  /** ISO 4217 code whose symbol (or code) may surround the number. */
  currency?: string;
}

/** Every kind of space people (and Intl) put between thousands: space, NBSP, NNBSP, thin. */
const SPACES = /[\s\u00a0\u202f\u2009\u2007]/g;
const MINUS = /^[-\u2212\u2013]/;

/** Symbols a currency may be written with in a locale (`€`, `EUR`, `$US`, `$`...). */
export function currencySymbols(currency: string, locale: Locale): string[] {
  const code = currency.toUpperCase();
  const symbols = new Set<string>([code]);
  if (isKnownCurrency(code)) {
    for (const symbol of currencyPatterns[locale][code].symbols) symbols.add(symbol);
  } else {
    for (const display of ['symbol', 'narrowSymbol'] as const) {
      try {
        const parts = numberFormat(localeTags[locale], {
          style: 'currency',
          currency,
          currencyDisplay: display,
        }).formatToParts(1);
        for (const part of parts) if (part.type === 'currency') symbols.add(part.value);
      } catch {
        // An unknown code: only the code itself is accepted.
      }
    }
  }
  // Longest first so that `$US` is removed before `$`.
  return [...symbols].sort((a, b) => b.length - a.length);
}

/**
 * Parses a number typed in a locale. Accepts any kind of space as a thousands separator in
 * French, a leading minus sign, and (when allowed) a percent sign or the currency's symbol.
 * A French `1.5` (the dot of a numeric keypad) is read as 1,5; `1.500` is refused as ambiguous.
 */
export function parseLocaleNumber(text: string, locale: Locale, options: ParseOptions = {}): ParseResult {
  let s = text.trim();
  if (s === '') return { ok: false, reason: 'empty' };

  let unitFound = false;
  if (s.includes('%')) {
    if (!options.percent) return { ok: false, reason: 'wrongUnit' };
    const stripped = s.replace(/^%|%$/g, '');
    if (stripped.includes('%')) return { ok: false, reason: 'notNumber' };
    s = stripped;
    unitFound = true;
  }
  if (options.currency) {
    for (const symbol of currencySymbols(options.currency, locale)) {
      if (s.startsWith(symbol)) {
        s = s.slice(symbol.length);
        unitFound = true;
        break;
      }
      if (s.endsWith(symbol)) {
        s = s.slice(0, -symbol.length);
        unitFound = true;
        break;
      }
    }
  }
  // Another currency sign or code where this one was expected.
  if (/[$€£¥₣₹]|\b[A-Z]{3}\b/.test(s)) return { ok: false, reason: 'wrongUnit' };
  s = s.trim();
  if (unitFound && s === '') return { ok: false, reason: 'notNumber' };

  let negative = false;
  if (MINUS.test(s)) {
    negative = true;
    s = s.slice(1).trim();
  }
  // Normalise every space to a plain one so a single pattern checks the grouping.
  s = s.replace(SPACES, ' ');

  // A decimal comma (French): a dot may be a keypad's decimal point. A decimal point (English): a
  // comma may be a French decimal comma.
  const decimalComma = symbolsOf[locale].decimal === ',';
  if (decimalComma) {
    if (/^\d+\.\d+$/.test(s)) {
      // A dot typed on a French page: a decimal point from a numeric keypad, unless it could
      // just as well be a thousands separator (exactly three digits after it).
      if (/^\d{1,3}\.\d{3}$/.test(s)) return { ok: false, reason: 'ambiguous' };
      s = s.replace('.', ',');
    }
  } else if (/^\d{1,3},\d{1,2}$/.test(s) || /^\d+,\d{4,}$/.test(s)) {
    // `1,5` on an English page: probably a French decimal comma.
    return { ok: false, reason: 'ambiguous' };
  }

  // The shape follows from the separators: `1 234,5` (any space) or `1234,5` with a decimal comma,
  // `1,234.5` or `1234.5` with a decimal point.
  const grouped = decimalComma ? /^\d{1,3}( \d{3})+(,\d+)?$/ : /^\d{1,3}(,\d{3})+(\.\d+)?$/;
  const plain = decimalComma ? /^\d+(,\d+)?$/ : /^\d+(\.\d+)?$/;
  if (!grouped.test(s) && !plain.test(s)) return { ok: false, reason: 'notNumber' };

  // The shape is fully checked: only group separators and the decimal separator are left to undo.
  const value = Number(decimalComma ? s.replace(/ /g, '').replace(',', '.') : s.replace(/,/g, ''));
  if (!Number.isFinite(value)) return { ok: false, reason: 'notNumber' };
  return { ok: true, value: negative ? -value : value };
}

/**
 * Parses a URL parameter: a plain number with `.` as decimal separator (`2.5`, `1200`,
 * `-3`). Anything else returns null (the caller then treats the text as typed input).
 */
export function parseParamNumber(text: string): number | null {
  if (!/^-?\d+(\.\d+)?$/.test(text.trim())) return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}

/** Writes a number as a URL parameter: plain digits, `.` decimals, no exponent. */
export function toParam(value: number): string {
  if (!Number.isFinite(value)) return '';
  const text = String(value);
  if (!/e/i.test(text)) return text;
  return value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
}

/** An amount of money: `3,20 €`, `$3.20`; sub-cent amounts keep two significant digits. */
export function formatCurrency(value: number, locale: Locale, currency: string): string {
  const tiny = value !== 0 && Math.abs(value) < 0.01;
  if (!isKnownCurrency(currency) || !Number.isFinite(value)) {
    return numberFormat(localeTags[locale], {
      style: 'currency',
      currency,
      ...(tiny ? { maximumSignificantDigits: 2 } : {}),
    }).format(value);
  }
  const pattern = currencyPatterns[locale][currency];
  const exact = decimalOf(value);
  const d = roundAt(exact, tiny ? exact.magnitude - 1 : -pattern.digits);
  const body = writeDigits(d, symbolsOf[locale], tiny ? 0 : pattern.digits);
  return signed(d, pattern.prefix + body + pattern.suffix);
}

/** Is this a currency code Intl knows (ISO 4217)? */
export function isCurrencyCode(code: string): boolean {
  if (!/^[A-Z]{3}$/.test(code)) return false;
  if (isKnownCurrency(code)) return true;
  const supported = (Intl as unknown as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf?.(
    'currency',
  );
  if (supported) return supported.includes(code);
  try {
    numberFormat('en', { style: 'currency', currency: code });
    return true;
  } catch {
    return false;
  }
}
