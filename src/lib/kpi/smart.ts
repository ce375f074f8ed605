/**
 * What the SMART checker and builder know about the KPIs, derived from the KPI modules: the
 * lexicon's entries (goal, vanity, business result), the words and builder phrases of each
 * language (from its folder, `src/lib/i18n/<lang>/smart-kpis.ts`), the benchmarks, the shares bounded by 100 % and the currency metrics. The smart
 * engine's lists start with these, in the order of the registry.
 */
import type { Term } from '../smart/lexicon';
import { kpiIds } from './ids';
import type { KpiDef } from './metric';
import { kpis } from './metrics';

/** The definitions of the registry, in its order. */
export const kpiDefs: readonly KpiDef<string>[] = /* @__PURE__ */ kpiIds.map((id) => kpis[id]);

/** The lexicon's entries for some KPIs (all of them by default). */
export function kpiLexicon(defs: readonly KpiDef<string>[] = kpiDefs): Term[] {
  return defs.map(({ id, smart }) => ({
    id,
    goal: smart.goal,
    ...(smart.vanity ? { vanity: smart.vanity } : {}),
    ...(smart.business ? { business: smart.business } : {}),
  }));
}

/** One language's words for some KPIs, in the same order as `kpiLexicon`. */
export function kpiPatterns(
  vocabulary: Readonly<Record<string, string>>,
  defs: readonly KpiDef<string>[] = kpiDefs,
): string[] {
  return defs.map(({ id }) => vocabulary[id] ?? '');
}

/**
 * One language's builder phrases for some KPIs ("le taux de clics (CTR)"), keyed by id: the start
 * of that language's `metrics` (its `smart-rules.ts`), which the builder writes into its sentence.
 */
export function kpiPhrases(
  phrases: Readonly<Record<string, string>>,
  defs: readonly KpiDef<string>[] = kpiDefs,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const { id } of defs) if (phrases[id]) out[id] = phrases[id];
  return out;
}

/** The benchmark sentence (`smart.bench.*`) of each KPI that has one. */
export function kpiBenchmarks(defs: readonly KpiDef<string>[] = kpiDefs): Record<string, string> {
  const out: Record<string, string> = {};
  for (const { id, smart } of defs) if (smart.benchmark) out[id] = smart.benchmark;
  return out;
}

/** KPIs whose result is a share that cannot exceed 100 %. */
export function boundedKpiIds(defs: readonly KpiDef<string>[] = kpiDefs): string[] {
  return defs.filter((def) => def.bounded).map((def) => def.id);
}

/** KPIs whose result is an amount of money. */
export function currencyKpiIds(defs: readonly KpiDef<string>[] = kpiDefs): string[] {
  return defs.filter((def) => def.result === 'currency').map((def) => def.id);
}
