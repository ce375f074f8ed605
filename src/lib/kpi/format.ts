/**
 * Small helpers the calculator islands share: a translator over the `kpi.*` strings passed as
 * props (islands never load dictionaries; the page compiles them, so no island bundles the
 * translator's parser), and a formatter by unit in the page's locale.
 */
import { compiledTranslator, type Compiled } from '../i18n/compiled';
import type { Locale } from '../i18n/locales';
import { formatCount, formatCurrency, formatPercent } from '../numbers';
import type { VarUnit } from './metric';

/** `kpi.*` strings keyed without the prefix (`ctr.name`, `error.zero`...), compiled by the page (`kpiProps`). */
export type Strings = Readonly<Record<string, Compiled>>;

export function makeT(strings: Strings, lang: Locale) {
  return compiledTranslator(strings, lang, { count: formatCount });
}

export function makeFormatter(lang: Locale) {
  return (value: number, unit: VarUnit, currency: string): string => {
    switch (unit) {
      case 'currency':
        return formatCurrency(value, lang, currency);
      case 'percent':
        return formatPercent(value, lang);
      case 'decimal':
        // "per 100" figures: the percent's digits without the sign.
        return formatPercent(value, lang).replace(/[\s\u00a0\u202f]*%$/, '');
      case 'count':
        return formatCount(value, lang);
    }
  };
}
