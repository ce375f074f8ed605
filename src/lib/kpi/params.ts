/** The calculators' URL parameters by KPI id, for pages and tests (see `./query.ts`). */
import type { Locale } from '../i18n/locales';
import { kpis, type KpiId, type Param } from './definitions';
import { buildQueryFor, readParamsFor, resultInputsFor, type Prefill } from './query';

export * from './query';

/** `readParamsFor` by id. */
export function readParams(id: KpiId, search: string, locale: Locale): Prefill {
  return readParamsFor(kpis[id], search, locale);
}

/** `buildQueryFor` by id. */
export function buildQuery(
  id: KpiId,
  texts: Partial<Record<Param, string>>,
  locale: Locale,
  currency: string,
  keep: string = '',
): string {
  return buildQueryFor(kpis[id], texts, locale, currency, keep);
}

/** `resultInputsFor` by id. */
export function resultInputs(
  id: KpiId,
  texts: Partial<Record<Param, string>>,
  locale: Locale,
  currency: string,
): Record<string, string> {
  return resultInputsFor(kpis[id], texts, locale, currency);
}
