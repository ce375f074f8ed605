/**
 * Everything the dashboard's island needs once a file is chosen, as one chunk loaded on demand
 * (not part of the page's load budget): mapping, reading, totals, formatting, export, saving.
 */
import { kpis, type KpiId, type Param } from '../kpi/definitions';
import { formatCount, formatNumber, formatPercent, toParam } from '../numbers';
import { formatCurrency } from '../numbers';
import type { Locale } from '../i18n/locales';

// What the island reads from this chunk, by name (knip checks that each is used: knip.jsonc).
export { fieldIds, networkIds } from './fields';
export { findLayout, isSure, proposedMapping } from './rows';
export { summaryRows, toCsv } from './export';
export { deleteDashboard, savedMappings } from './storage';
export { benchmarksFor } from './benchmarks';
export { CURRENCIES } from './currency';
export {
  dropSaveInBrowser,
  figuresInBrowser,
  forgetInBrowser,
  openSaved,
  readInBrowser,
  saveFiles,
  xlsxInBrowser,
} from './client';
export { MAX_FILE_BYTES, MAX_ROWS } from './read';
export { readDateCell } from './values';

export function isPercentKpi(kpi: KpiId): boolean {
  return kpis[kpi].result === 'percent';
}

/** A KPI's value as the calculators show it; an amount whose currency is not known is a plain number. */
export function formatKpi(kpi: KpiId, value: number, lang: Locale, currency: string | null): string {
  if (isPercentKpi(kpi)) return formatPercent(value, lang);
  return currency ? formatCurrency(value, lang, currency) : formatNumber(value, lang, 2);
}

export { formatCount, formatPercent };

/**
 * The calculator's query string for these figures (docs/CONTRACT.md: plain numbers, `.` decimals,
 * and the costs' currency); null for a KPI of money while that currency is not known.
 */
export function calculatorQuery(
  kpi: KpiId,
  inputs: Partial<Record<Param, number>>,
  currency: string | null,
): string | null {
  const money = kpis[kpi].inputs.some((input) => input.unit === 'currency');
  if (money && !currency) return null;
  const params = new URLSearchParams();
  for (const input of kpis[kpi].inputs) {
    const value = inputs[input.param];
    if (value !== undefined) params.set(input.param, toParam(value));
  }
  if (money && currency) params.set('currency', currency);
  return params.toString();
}
