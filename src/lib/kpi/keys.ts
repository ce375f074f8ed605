/**
 * The dictionary keys the KPIs need, derived from their modules: each KPI's name, description and
 * meaning sentences (one per basis, or a gain and a loss), and the label, symbol, error and
 * warning strings of every input. `src/lib/i18n/{fr,en}/kpi.ts` must hold them all, so a missing
 * `kpi.<id>.*` string fails type checking (`astro check`). Types only: costs no page anything.
 */
import type { KpiId } from './ids';
import type { Basis, ErrorKey, Param, WarningKey } from './metric';
import type { KpiModules } from './metrics';

type MeaningKey<Id extends string, M> = M extends { perBasis: true }
  ? `kpi.${Id}.meaning.${Basis}`
  : M extends { meaning: { bySign: string } }
    ? `kpi.${Id}.meaning.${'gain' | 'loss'}`
    : `kpi.${Id}.meaning`;

/** The strings of one KPI, from its module's type. */
export type KpiKeysOf<Id extends string, M> = `kpi.${Id}.name` | `kpi.${Id}.description` | MeaningKey<Id, M>;

export type KpiKey =
  | { [Id in KpiId]: KpiKeysOf<Id, KpiModules[Id]> }[KpiId]
  | `kpi.input.${Param}`
  | `kpi.sym.${Param}`
  | `kpi.basis.${Basis}`
  | `kpi.error.${ErrorKey}`
  | `kpi.warning.${WarningKey}`;

/** The shape `src/lib/i18n/{fr,en}/kpi.ts` must satisfy: every KPI key, plus the area's other strings. */
export type KpiDictionary = Readonly<Record<KpiKey, string>> & Readonly<Record<`kpi.${string}`, string>>;
