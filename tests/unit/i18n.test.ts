import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatLongDate } from '../../src/lib/i18n/dates';
import en from '../../src/lib/i18n/en';
import fr from '../../src/lib/i18n/fr';
import {
  formatMessage,
  messageArguments,
  isLocale,
  localePath,
  otherLocale,
  pick,
  splitLocalePath,
  translatePath,
  useTranslations,
} from '../../src/lib/i18n';
import { frenchTypographyIssues } from '../../src/lib/typography';

describe('dictionaries', () => {
  it('have exactly the same keys in both locales', () => {
    const frKeys = Object.keys(fr).sort();
    const enKeys = Object.keys(en).sort();
    expect(
      frKeys.filter((k) => !enKeys.includes(k)),
      'keys missing in en.ts',
    ).toEqual([]);
    expect(
      enKeys.filter((k) => !frKeys.includes(k)),
      'keys missing in fr.ts',
    ).toEqual([]);
  });

  it('use flat dotted keys and no empty string', () => {
    for (const [key, value] of [...Object.entries(fr), ...Object.entries(en)]) {
      expect(key).toMatch(/^[a-z][a-zA-Z0-9]*(\.[a-zA-Z0-9-]+)+$/);
      expect(value.trim(), key).not.toBe('');
    }
  });

  it('use the same placeholders in both locales', () => {
    const names = messageArguments;
    for (const key of Object.keys(fr) as (keyof typeof fr)[]) {
      expect(names(en[key]), key).toEqual(names(fr[key]));
    }
  });

  it('follow French typography in French', () => {
    const bad = Object.entries(fr).flatMap(([key, value]) =>
      frenchTypographyIssues(value).map((i) => `${key}: ${JSON.stringify(i.found)} -> ${JSON.stringify(i.expected)}`),
    );
    expect(bad).toEqual([]);
  });
});

describe('t()', () => {
  it('translates and fills placeholders', () => {
    expect(useTranslations('en')('guide.readingTime', { minutes: 5 })).toBe('5 min read');
    expect(useTranslations('fr')('guide.chapter', { n: 3 })).toBe('Chapitre 3');
  });

  it('leaves unknown placeholders visible rather than printing undefined', () => {
    expect(formatMessage('{a} and {b}', { a: 1 }, 'en')).toBe('1 and {b}');
  });

  it('picks a group of strings by prefix', () => {
    const nav = pick('en', 'nav.');
    expect(nav['guide']).toBe('Guide');
    expect(Object.keys(nav).every((k) => !k.startsWith('nav.'))).toBe(true);
  });
});

describe('paths', () => {
  it('builds locale paths with a trailing slash', () => {
    expect(localePath('fr')).toBe('/fr/');
    expect(localePath('en', 'guide/kpis')).toBe('/en/guide/kpis/');
    expect(localePath('en', '/tools/ctr/')).toBe('/en/tools/ctr/');
    expect(localePath('fr', 'glossary#reach')).toBe('/fr/glossary/#reach');
  });

  it('maps a page to its counterpart in the other locale', () => {
    expect(translatePath('/fr/guide/smart-objectives/', 'en')).toBe('/en/guide/smart-objectives/');
    expect(translatePath('/en/', 'fr')).toBe('/fr/');
    expect(translatePath('/', 'en')).toBe('/en/');
  });

  it('splits paths and recognises locales', () => {
    expect(splitLocalePath('/en/tools/ctr/')).toEqual({ lang: 'en', rest: 'tools/ctr' });
    expect(splitLocalePath('/de/x/')).toEqual({ lang: undefined, rest: 'de/x' });
    expect(isLocale('fr')).toBe(true);
    expect(isLocale('FR')).toBe(false);
    expect(otherLocale('fr')).toBe('en');
  });
});

describe('formatLongDate', () => {
  for (const [locale, tag] of [
    ['fr', 'fr-FR'],
    ['en', 'en'],
  ] as const) {
    it(`writes what Intl.DateTimeFormat writes with dateStyle long (${locale})`, () => {
      const format = new Intl.DateTimeFormat(tag, { dateStyle: 'long' });
      fc.assert(
        fc.property(fc.date({ min: new Date(2000, 0, 1), max: new Date(2100, 0, 1), noInvalidDate: true }), (date) => {
          expect(formatLongDate(date, locale)).toBe(format.format(date));
        }),
        { numRuns: 2000 },
      );
    });
  }
  it('writes the first of the month as a plain 1, as Intl does', () => {
    expect(formatLongDate(new Date(2026, 0, 1), 'fr')).toBe('1 janvier 2026');
    expect(formatLongDate(new Date(2026, 7, 15), 'en')).toBe('August 15, 2026');
  });
  it('gives an empty string for an invalid date instead of throwing', () => {
    expect(formatLongDate(new Date(Number.NaN), 'fr')).toBe('');
  });
});
