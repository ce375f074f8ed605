/**
 * The twelve KPI calculators: each is one module of ./metrics/ (inputs, the formula that both
 * computes and is shown, plausibility rules, meaning sentence, SMART facts), gathered in the
 * registry ./metrics/index.ts. This file is the entry point the rest of the site imports.
 * A page hands its island only its own KPI's definition (a prop: plain data), so that no island
 * bundles `kpis`: islands use the `…Def`/`…For`/`…Of` functions, which take the definition.
 */
import { kpiIds, type KpiId } from './ids';
import type { Basis, Family, FormulaToken, KpiDef } from './metric';
import { kpis } from './metrics';
import { formulaOf } from './formula';

export { kpiIds, type KpiId };
export { kpis };
export { formulaOf };
export * from './metric';

export function isKpiId(value: unknown): value is KpiId {
  return typeof value === 'string' && (kpiIds as readonly string[]).includes(value);
}

/** The formula of a KPI; for the engagement rate, with the given basis as denominator. */
export function formulaFor(id: KpiId, basis?: Basis): readonly FormulaToken[] {
  return formulaOf(kpis[id], basis);
}

/** The KPIs of a family, in the order of `kpiIds`. */
export function kpisOfFamily(family: Family): KpiDef[] {
  return kpiIds.map((id) => kpis[id]).filter((kpi) => kpi.family === family);
}
