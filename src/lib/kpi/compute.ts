/**
 * Computing a KPI by its id, for pages, templates and tests: the registry's definition handed to
 * `./evaluate.ts`, which holds the computation itself (and is what islands import).
 */
import type { Locale } from '../i18n/locales';
import { kpis, type KpiId } from './definitions';
import { computeDef, evaluateDef, type Computed, type Evaluation } from './evaluate';
import type { Param } from './metric';

export * from './evaluate';

/** Computes one of the site's KPIs, by id, from numbers already checked (see `computeDef`). */
export function computeKpi(id: KpiId, values: Partial<Record<Param, number>>): Computed {
  return computeDef(kpis[id], values);
}

/**
 * Evaluates a KPI from the texts of its fields (typed, or from URL params converted to text).
 * `texts` is keyed by param name; missing keys count as empty.
 */
export function evaluateKpi(
  id: KpiId,
  texts: Partial<Record<Param, string>>,
  locale: Locale,
  currency = 'EUR',
): Evaluation {
  return evaluateDef(kpis[id], texts, locale, currency);
}
