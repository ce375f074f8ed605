/**
 * Small helpers the calculator islands share: a translator over the `kpi.*` strings passed as
 * props (islands never load dictionaries), and a formatter by unit in the page's locale.
 */
import type { Locale } from '../i18n/locales';
import { translator } from '../i18n/translate';
import { formatCount, formatCurrency, formatPercent } from '../numbers';
import type { VarUnit } from './metric';

/** `kpi.*` strings keyed without the prefix: `ctr.name`, `error.zero`... */
export type Strings = Record<string, string>;

export function makeT(strings: Strings, lang: Locale) {
  return translator(strings, lang, { count: formatCount });
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
