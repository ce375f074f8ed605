/**
 * One number module for the whole site: the calculators, the SMART checker (reading numbers in an
 * objective) and the SMART builder (its baseline and target fields) read the same strings the same
 * way, and refuse the same ambiguous ones. The SMART engine writes numbers with the same module.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseField } from '../../src/lib/kpi/compute';
import type { Locale } from '../../src/lib/i18n/locales';
import { formatNumber, formatPercentUpTo } from '../../src/lib/numbers';
import { parseTypedNumber } from '../../src/lib/smart';
import { formatValue } from '../../src/lib/smart/build';
import { formatNumber as checkerNumber } from '../../src/lib/smart/checker';
import { findQuantities } from '../../src/lib/smart/quantities';
import { fold } from '../../src/lib/smart/text';

/** What each part made of a string: a value, "ambiguous", or "refused". */
type Reading = number | 'ambiguous' | 'refused';

function calculator(text: string, lang: Locale): Reading {
  const field = parseField({ param: 'cost', unit: 'currency' }, text, lang, 'EUR');
  if (field.state === 'ok') return field.value;
  return field.state === 'error' && field.error === 'ambiguous' ? 'ambiguous' : 'refused';
}

function builder(text: string, lang: Locale): Reading {
  const typed = parseTypedNumber(text, lang);
  return typeof typed === 'number' && Number.isFinite(typed) ? typed : typed === 'ambiguous' ? typed : 'refused';
}

function checker(text: string, lang: Locale): Reading {
  const [match] = findQuantities(text, fold(text), lang, []);
  if (!match) return 'refused';
  if (match.ambiguous) return 'ambiguous';
  return Number.isFinite(match.value) ? match.value : 'refused';
}

// Strings as visitors type them: French with spaces of every kind, a keypad dot, decimal commas;
// English with comma groups; and the two ambiguous forms.
const CASES: [Locale, string, Reading][] = [
  ['fr', '1500', 1500],
  ['fr', '1 500', 1500],
  ['fr', '1\u202f500', 1500],
  ['fr', '1\u00a0500', 1500],
  ['fr', '12 345,5', 12345.5],
  ['fr', '12,5', 12.5],
  ['fr', '0,75', 0.75],
  ['fr', '1.5', 1.5],
  ['fr', '1.500', 'ambiguous'],
  ['fr', '12.000', 'ambiguous'],
  ['en', '1500', 1500],
  ['en', '1,500', 1500],
  ['en', '12,345.5', 12345.5],
  ['en', '12.5', 12.5],
  ['en', '0.75', 0.75],
  ['en', '1,5', 'ambiguous'],
  ['en', '12,50', 'ambiguous'],
];

describe('the same strings read the same way everywhere', () => {
  it.each(CASES)('%s « %s »', (lang, text, expected) => {
    expect({ calculator: calculator(text, lang), builder: builder(text, lang), checker: checker(text, lang) }).toEqual({
      calculator: expected,
      builder: expected,
      checker: expected,
    });
  });
});

describe('the SMART engine writes numbers with the site’s module', () => {
  it('writes like Intl.NumberFormat (maximumFractionDigits), digit for digit', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e9, max: 1e9, noNaN: true }),
        fc.integer({ min: 0, max: 3 }),
        fc.constantFrom<Locale>('fr', 'en'),
        (value, digits, lang) => {
          const intl = new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en', { maximumFractionDigits: digits });
          expect(formatNumber(value, lang, digits)).toBe(intl.format(value));
          expect(checkerNumber(value, lang, digits)).toBe(intl.format(value));
        },
      ),
    );
  });

  it('the builder writes amounts, rates and counts as the calculators do', () => {
    expect(formatValue(1234.5, 'currency', 'fr')).toBe('1\u202f234,50\u00a0€');
    expect(formatValue(1.8, 'currency', 'en')).toBe('€1.80');
    expect(formatValue(12.345, 'percent', 'fr')).toBe('12,35\u00a0%');
    expect(formatValue(12.5, 'percent', 'en')).toBe('12.5%');
    expect(formatValue(12000, 'count', 'fr')).toBe('12\u202f000');
    expect(formatPercentUpTo(3.25, 'fr', 1)).toBe('3,3\u00a0%');
  });
});
