/**
 * Everything the dashboard's island needs once a file is chosen, as one chunk loaded on demand
 * (not part of the page's load budget): mapping, reading, totals, formatting, export, saving.
 */
import { kpis, type KpiId, type Param } from '../kpi/definitions';
import { formatCount, formatPercent, toParam } from '../numbers';
import { formatCurrency } from '../numbers';
import type { Locale } from '../i18n/locales';

export * from './fields';
export * from './rows';
export * from './summary';
export * from './export';
export * from './storage';
export { benchmarksFor } from './benchmarks';
export { readInBrowser, xlsxInBrowser } from './client';
export { MAX_FILE_BYTES, MAX_ROWS } from './read';
export { readDateCell } from './values';

export function isPercentKpi(kpi: KpiId): boolean {
  return kpis[kpi].result === 'percent';
}

/** A KPI's value as the calculators show it. */
export function formatKpi(kpi: KpiId, value: number, lang: Locale, currency: string): string {
  return isPercentKpi(kpi) ? formatPercent(value, lang) : formatCurrency(value, lang, currency);
}

export { formatCount, formatPercent };

/** The calculator's query string for these figures (docs/CONTRACT.md: plain numbers, `.` decimals). */
export function calculatorQuery(kpi: KpiId, inputs: Partial<Record<Param, number>>, currency: string): string {
  const params = new URLSearchParams();
  for (const input of kpis[kpi].inputs) {
    const value = inputs[input.param];
    if (value !== undefined) params.set(input.param, toParam(value));
  }
  if (kpis[kpi].inputs.some((input) => input.unit === 'currency')) params.set('currency', currency);
  return params.toString();
}
