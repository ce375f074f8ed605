import { NumberParser } from '@internationalized/number';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatCount,
  formatCurrency,
  formatInput,
  formatPercent,
  formatWholePercent,
  isCurrencyCode,
  currencySymbols,
  CURRENCIES,
  parseLocaleNumber,
  parseParamNumber,
  toParam,
} from '../../src/lib/numbers';
import { localeTags } from '../../src/lib/i18n/locales';
import { decimalOf, roundAt } from '../../src/lib/numbers/decimal';
import { currencyPatterns } from '../../src/lib/numbers/currencies';

const ok = (value: number) => ({ ok: true, value });
const fail = (reason: string) => ({ ok: false, reason });

describe('parseLocaleNumber, French', () => {
  const cases: [string, string, unknown][] = [
    ['ordinary space as thousands separator', '1 234,5', ok(1234.5)],
    ['narrow no-break space U+202F', '1\u202f234,5', ok(1234.5)],
    ['no-break space U+00A0', '1\u00a0234,5', ok(1234.5)],
    ['several groups', '12\u202f345\u202f678', ok(12345678)],
    ['no separator', '1234,5', ok(1234.5)],
    ['decimal comma: 1,5 is one and a half', '1,5', ok(1.5)],
    ['dot of a numeric keypad', '2.5', ok(2.5)],
    ['surrounding spaces', '  42 ', ok(42)],
    ['negative with a hyphen', '-5', ok(-5)],
    ['negative with U+2212', '\u22125', ok(-5)],
    ['very large number', '1 234 567 890 123,5', ok(1234567890123.5)],
    ['dot that could be thousands', '1.500', fail('ambiguous')],
    ['German style', '1.234,5', fail('notNumber')],
    ['letters', 'abc', fail('notNumber')],
    ['exponent', '1e5', fail('notNumber')],
    ['badly grouped', '12 34', fail('notNumber')],
    ['two commas', '1,2,3', fail('notNumber')],
    ['empty', '', fail('empty')],
    ['only spaces', ' \u00a0 ', fail('empty')],
    ['percent where none is allowed', '12,5 %', fail('wrongUnit')],
  ];
  for (const [name, text, expected] of cases) {
    it(name, () => expect(parseLocaleNumber(text, 'fr')).toEqual(expected));
  }
  it('accepts a percent sign when allowed: 12,5 %', () => {
    expect(parseLocaleNumber('12,5 %', 'fr', { percent: true })).toEqual(ok(12.5));
    expect(parseLocaleNumber('12,5\u00a0%', 'fr', { percent: true })).toEqual(ok(12.5));
  });
  it('accepts the currency symbol: 3,20 €', () => {
    expect(parseLocaleNumber('3,20 €', 'fr', { currency: 'EUR' })).toEqual(ok(3.2));
    expect(parseLocaleNumber('3,20\u00a0€', 'fr', { currency: 'EUR' })).toEqual(ok(3.2));
    expect(parseLocaleNumber('1 200 EUR', 'fr', { currency: 'EUR' })).toEqual(ok(1200));
    expect(parseLocaleNumber('€', 'fr', { currency: 'EUR' })).toEqual(fail('notNumber'));
  });
  it('refuses another currency', () => {
    expect(parseLocaleNumber('3,20 $', 'fr', { currency: 'EUR' })).toEqual(fail('wrongUnit'));
  });
});

describe('parseLocaleNumber, English', () => {
  const cases: [string, string, unknown][] = [
    ['comma as thousands separator: 1,500 is fifteen hundred', '1,500', ok(1500)],
    ['grouping and decimals', '1,234.5', ok(1234.5)],
    ['plain', '1234.5', ok(1234.5)],
    ['a French decimal comma is refused', '1,5', fail('ambiguous')],
    ['badly grouped', '1,2,3', fail('notNumber')],
    ['spaces inside', '1 234', fail('notNumber')],
    ['letters', '12abc', fail('notNumber')],
  ];
  for (const [name, text, expected] of cases) {
    it(name, () => expect(parseLocaleNumber(text, 'en')).toEqual(expected));
  }
  it('accepts the currency symbol: $3.20', () => {
    expect(parseLocaleNumber('$3.20', 'en', { currency: 'USD' })).toEqual(ok(3.2));
    expect(parseLocaleNumber('€1,200.50', 'en', { currency: 'EUR' })).toEqual(ok(1200.5));
  });
});

describe('URL params', () => {
  it('reads plain numbers with a dot', () => {
    expect(parseParamNumber('2.5')).toBe(2.5);
    expect(parseParamNumber('1200')).toBe(1200);
    expect(parseParamNumber('-3')).toBe(-3);
  });
  it('refuses anything else', () => {
    for (const text of ['1,5', '1e5', 'abc', '', 'Infinity', 'NaN', '1 200']) {
      expect(parseParamNumber(text)).toBeNull();
    }
  });
  it('writes numbers without exponent', () => {
    expect(toParam(2.5)).toBe('2.5');
    expect(toParam(1e21)).toBe('1000000000000000000000');
    expect(toParam(1e-7)).toBe('0.0000001');
    expect(parseParamNumber(toParam(123456.789))).toBe(123456.789);
  });
});

describe('formatting', () => {
  it('formats percentages in the locale', () => {
    expect(formatPercent(2.5, 'fr')).toBe('2,5\u00a0%');
    expect(formatPercent(2.5, 'en')).toBe('2.5%');
    expect(formatPercent(0.035, 'en')).toBe('0.035%');
    expect(formatPercent(1234.567, 'fr')).toBe('1\u202f234,57\u00a0%');
  });
  it('formats money in the locale and currency', () => {
    expect(formatCurrency(3.2, 'fr', 'EUR')).toBe('3,20\u00a0€');
    expect(formatCurrency(3.2, 'en', 'USD')).toBe('$3.20');
    expect(formatCurrency(0.0032, 'en', 'USD')).toBe('$0.0032');
  });
  it('formats counts with locale grouping', () => {
    expect(formatCount(1234, 'fr')).toBe('1\u202f234');
    expect(formatCount(1234, 'en')).toBe('1,234');
  });
  it('knows currency codes', () => {
    expect(isCurrencyCode('EUR')).toBe(true);
    expect(isCurrencyCode('XOF')).toBe(true);
    expect(isCurrencyCode('eur')).toBe(false);
    expect(isCurrencyCode('ZZZ')).toBe(false);
  });
});

describe('properties', () => {
  // Every count a page can hold, and any double from a cent upwards (Intl writes at most 20
  // decimals, so smaller doubles cannot be written exactly).
  const numbers = fc.oneof(
    fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
    fc.double({ min: 0.01, max: 1e12, noNaN: true, noDefaultInfinity: true }),
  );
  for (const locale of ['fr', 'en'] as const) {
    it(`format then parse returns the number (${locale})`, () => {
      fc.assert(
        fc.property(numbers, (n) => {
          const parsed = parseLocaleNumber(formatInput(n, locale), locale);
          return parsed.ok && parsed.value === n;
        }),
      );
    });
    it(`formatted negative counts come back negative (${locale})`, () => {
      fc.assert(
        fc.property(fc.integer({ min: 1, max: 1e9 }), (n) => {
          const parsed = parseLocaleNumber(formatInput(-n, locale), locale);
          return parsed.ok && parsed.value === -n;
        }),
      );
    });
  }

  // src/lib/numbers reads a checked number itself instead of using NumberParser (see its header
  // comment): on every shape it accepts, both must read the same value.
  const shapes = {
    fr: [/^\d{1,3}( \d{3}){1,4}(,\d{1,8})?$/, /^\d{1,15}(,\d{1,8})?$/],
    en: [/^\d{1,3}(,\d{3}){1,4}(\.\d{1,8})?$/, /^\d{1,15}(\.\d{1,8})?$/],
  } as const;
  for (const locale of ['fr', 'en'] as const) {
    it(`reads accepted texts as NumberParser does (${locale})`, () => {
      const parser = new NumberParser(localeTags[locale], { maximumFractionDigits: 20 });
      fc.assert(
        fc.property(fc.oneof(...shapes[locale].map((shape) => fc.stringMatching(shape))), (text) => {
          const parsed = parseLocaleNumber(text, locale);
          if (!parsed.ok) return true; // refused as ambiguous (`1,5` in English): nothing to compare
          return parsed.value === parser.parse(locale === 'fr' ? text.replace(/ /g, '\u202f') : text);
        }),
      );
    });
  }
});

// src/lib/numbers writes French and English numbers by hand (Intl.NumberFormat's first use costs
// the tool pages most of their blocking time, see decimal.ts): it must write exactly what ICU does.
describe('hand formatting matches Intl.NumberFormat', () => {
  const intl = (locale: 'fr' | 'en', options: Intl.NumberFormatOptions) =>
    new Intl.NumberFormat(localeTags[locale], options);
  // Doubles of every size, signs, exact halves (x.5, x.005) where rounding is decided, integers.
  const anyNumber = fc.oneof(
    fc.double({ min: -1e16, max: 1e16, noNaN: true, noDefaultInfinity: true }),
    fc.double({ min: -2, max: 2, noNaN: true, noDefaultInfinity: true }),
    fc.integer({ min: -1e6, max: 1e6 }).map((n) => n / 1000),
    fc.integer({ min: -1e6, max: 1e6 }).map((n) => n / 200),
    fc.integer({ min: -1e6, max: 1e6 }).map((n) => n + 0.5),
    fc.integer({ min: 0, max: 1e5 }).map((n) => n / 1e7),
    fc.constantFrom(0, -0, 0.005, 1.005, 2.675, 999.995, 0.0995, 0.9995, 99.995, 1e21, 1e-7, 123456789.125),
  );
  const runs = { numRuns: 3000 };
  for (const locale of ['fr', 'en'] as const) {
    it(`formatCount (${locale})`, () => {
      const format = intl(locale, { maximumFractionDigits: 2 });
      fc.assert(
        fc.property(anyNumber, (n) => formatCount(n, locale) === format.format(n)),
        runs,
      );
    });
    it(`formatInput (${locale})`, () => {
      const format = intl(locale, { maximumFractionDigits: 20 });
      fc.assert(
        fc.property(anyNumber, (n) => formatInput(n, locale) === format.format(n)),
        runs,
      );
    });
    it(`formatPercent (${locale})`, () => {
      const format = intl(locale, {
        style: 'percent',
        maximumFractionDigits: 2,
        maximumSignificantDigits: 3,
        roundingPriority: 'morePrecision',
      });
      fc.assert(
        fc.property(anyNumber, (n) => formatPercent(n, locale) === format.format(n / 100)),
        runs,
      );
    });
    it(`formatWholePercent (${locale})`, () => {
      const format = intl(locale, { style: 'percent', maximumFractionDigits: 0 });
      fc.assert(
        fc.property(anyNumber, (n) => formatWholePercent(n, locale) === format.format(n / 100)),
        runs,
      );
    });
    for (const currency of CURRENCIES) {
      it(`formatCurrency ${currency} (${locale})`, () => {
        const normal = intl(locale, { style: 'currency', currency });
        const tiny = intl(locale, { style: 'currency', currency, maximumSignificantDigits: 2 });
        fc.assert(
          fc.property(anyNumber, (n) => {
            const expected = (n !== 0 && Math.abs(n) < 0.01 ? tiny : normal).format(n);
            return formatCurrency(n, locale, currency) === expected;
          }),
          { numRuns: 300 },
        );
      });
      it(`currency symbols of ${currency} are ICU's (${locale})`, () => {
        const symbols = new Set<string>();
        for (const currencyDisplay of ['symbol', 'narrowSymbol'] as const) {
          for (const part of intl(locale, { style: 'currency', currency, currencyDisplay }).formatToParts(1)) {
            if (part.type === 'currency') symbols.add(part.value);
          }
        }
        expect(new Set(currencyPatterns[locale][currency].symbols)).toEqual(symbols);
        expect(currencySymbols(currency, locale)).toContain(currency);
      });
    }
    it(`a currency outside the list is still written by Intl (${locale})`, () => {
      expect(formatCurrency(1234.5, locale, 'JPY')).toBe(
        intl(locale, { style: 'currency', currency: 'JPY' }).format(1234.5),
      );
      expect(currencySymbols('JPY', locale)).toContain('JPY');
    });
    it(`non-finite numbers are written as Intl writes them (${locale})`, () => {
      expect(formatCount(Number.POSITIVE_INFINITY, locale)).toBe(intl(locale, {}).format(Number.POSITIVE_INFINITY));
      expect(formatPercent(Number.NaN, locale)).toBe(intl(locale, { style: 'percent' }).format(Number.NaN));
    });
  }
  it('rounds half away from zero on the decimal digits, not on the binary value', () => {
    expect(roundAt(decimalOf(1.005), -2)).toEqual({ negative: false, digits: '101', magnitude: 0 });
    expect(roundAt(decimalOf(-0.005), -2)).toEqual({ negative: true, digits: '1', magnitude: -2 });
    expect(roundAt(decimalOf(0.004), -2)).toEqual({ negative: false, digits: '', magnitude: 0 });
    expect(roundAt(decimalOf(999.995), -2)).toEqual({ negative: false, digits: '1', magnitude: 3 });
    expect(decimalOf(1.5e-7)).toEqual({ negative: false, digits: '15', magnitude: -7 });
    expect(decimalOf(1e21)).toEqual({ negative: false, digits: '1', magnitude: 21 });
  });
});
