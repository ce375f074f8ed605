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
 * used; the tests compare both on generated input. Output still goes through Intl.NumberFormat.
 */
import { localeTags, type Locale } from '../i18n/locales';
import { currencyPatterns, isKnownCurrency } from './currencies';
import { decimalOf, roundAt, shift, writeDigits, type Digits, type Symbols } from './decimal';

export { CURRENCIES } from './currencies';

const formats = new Map<string, Intl.NumberFormat>();

/**
 * Intl.NumberFormat, only for currencies outside the calculators' list (see decimal.ts for why
 * French and English numbers are written by hand). Instances are costly: one per options, reused.
 */
function numberFormat(tag: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${tag}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.NumberFormat(tag, options)));
  return format;
}

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

const shapes: Record<Locale, { grouped: RegExp; plain: RegExp }> = {
  // 1 234,5 (any space) or 1234,5
  fr: { grouped: /^\d{1,3}( \d{3})+(,\d+)?$/, plain: /^\d+(,\d+)?$/ },
  // 1,234.5 or 1234.5
  en: { grouped: /^\d{1,3}(,\d{3})+(\.\d+)?$/, plain: /^\d+(\.\d+)?$/ },
};

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

  if (locale === 'fr') {
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

  const shape = shapes[locale];
  if (!shape.grouped.test(s) && !shape.plain.test(s)) return { ok: false, reason: 'notNumber' };

  // The shape is fully checked: only group separators and the decimal separator are left to undo.
  const value = Number(locale === 'fr' ? s.replace(/ /g, '').replace(',', '.') : s.replace(/,/g, ''));
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

const symbolsOf: Record<Locale, Symbols> = {
  fr: { group: '\u202f', decimal: ',' },
  en: { group: ',', decimal: '.' },
};

/** Sign, then the digits (ICU writes `-0` for a negative value that rounds to zero). */
function signed(d: Digits, body: string): string {
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
  if (!Number.isFinite(value)) return nonFinite(value, locale);
  const d = roundAt(decimalOf(value), -2);
  return signed(d, writeDigits(d, symbolsOf[locale]));
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
  const body = writeDigits(d, symbolsOf[locale]);
  return signed(d, locale === 'fr' ? `${body}\u00a0%` : `${body}%`);
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
