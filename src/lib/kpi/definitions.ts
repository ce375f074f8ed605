/**
 * The twelve KPI calculators, each defined once: inputs (URL param names, units, whether they
 * are required), the formula (as tokens, so it can be shown with the visitor's numbers), the
 * computation and the plausibility checks. Pages, islands and tests are generated from this list.
 * A page hands its island only its own KPI's definition (a prop: plain data), so that no island
 * bundles `kpis`: islands use the `…Def`/`…For`/`…Of` functions, which take the definition.
 *
 * See docs/CONTRACT.md for the public params and docs/FACTS.md section 2 for formulas.
 */

import { kpiIds, type KpiId } from './ids';

export { kpiIds, type KpiId };

export const families = ['awareness', 'engagement', 'conversion', 'cost'] as const;
export type Family = (typeof families)[number];

/** Every input param used by some KPI. Its label lives in the i18n dictionary (`kpi.input.*`). */
export type Param =
  | 'start'
  | 'end'
  | 'reach'
  | 'followers'
  | 'engagements'
  | 'impressions'
  | 'brand'
  | 'competitors'
  | 'clicks'
  | 'cost'
  | 'conversions'
  | 'revenue'
  | 'first'
  | 'last'
  | 'shares';

export type InputUnit = 'count' | 'currency';
export type ResultUnit = 'percent' | 'currency';
export type Basis = 'reach' | 'followers' | 'impressions';
export const bases: readonly Basis[] = ['reach', 'followers', 'impressions'];

export interface InputDef {
  param: Param;
  unit: InputUnit;
  /** Optional inputs (the engagement-rate bases) may stay empty. */
  optional?: boolean;
}

/** A piece of a formula: an input, a constant (formatted in the locale) or an operator. */
export type FormulaToken =
  { kind: 'input'; param: Param } | { kind: 'const'; value: number } | { kind: 'op'; text: string };

export type ErrorKey =
  | 'notNumber'
  | 'ambiguous'
  | 'wrongUnit'
  | 'negative'
  | 'notWhole'
  | 'tooLarge'
  | 'zero'
  | 'noMentions'
  | 'clicksAboveImpressions'
  | 'lastAboveFirst'
  | 'reachAboveImpressions'
  | 'noBasis';

export type WarningKey = 'conversionsAboveClicks' | 'engagementsAboveBase' | 'smallSample' | 'reachAboveFollowers';

export interface KpiDef {
  id: KpiId;
  family: Family;
  inputs: readonly InputDef[];
  result: ResultUnit;
  /** Formula as shown: `clicks ÷ impressions × 100`. For the engagement rate, `base` stands for the basis. */
  formula: readonly FormulaToken[];
}

const i = (param: Param): FormulaToken => ({ kind: 'input', param });
const op = (text: string): FormulaToken => ({ kind: 'op', text });
const c = (value: number): FormulaToken => ({ kind: 'const', value });
const count = (param: Param, optional = false): InputDef =>
  optional ? { param, unit: 'count', optional } : { param, unit: 'count' };
const money = (param: Param): InputDef => ({ param, unit: 'currency' });

export const kpis: Record<KpiId, KpiDef> = {
  'audience-growth': {
    id: 'audience-growth',
    family: 'awareness',
    inputs: [count('start'), count('end')],
    result: 'percent',
    formula: [op('('), i('end'), op('−'), i('start'), op(')'), op('÷'), i('start'), op('×'), c(100)],
  },
  'reach-rate': {
    id: 'reach-rate',
    family: 'awareness',
    inputs: [count('reach'), count('followers')],
    result: 'percent',
    formula: [i('reach'), op('÷'), i('followers'), op('×'), c(100)],
  },
  'share-of-voice': {
    id: 'share-of-voice',
    family: 'awareness',
    inputs: [count('brand'), count('competitors')],
    result: 'percent',
    formula: [i('brand'), op('÷'), op('('), i('brand'), op('+'), i('competitors'), op(')'), op('×'), c(100)],
  },
  'engagement-rate': {
    id: 'engagement-rate',
    family: 'engagement',
    inputs: [count('engagements'), count('reach', true), count('followers', true), count('impressions', true)],
    result: 'percent',
    // The base is substituted per basis by `formulaFor`.
    formula: [i('engagements'), op('÷'), i('reach'), op('×'), c(100)],
  },
  'amplification-rate': {
    id: 'amplification-rate',
    family: 'engagement',
    inputs: [count('shares'), count('followers')],
    result: 'percent',
    formula: [i('shares'), op('÷'), i('followers'), op('×'), c(100)],
  },
  'story-completion': {
    id: 'story-completion',
    family: 'engagement',
    inputs: [count('first'), count('last')],
    result: 'percent',
    formula: [i('last'), op('÷'), i('first'), op('×'), c(100)],
  },
  ctr: {
    id: 'ctr',
    family: 'conversion',
    inputs: [count('clicks'), count('impressions')],
    result: 'percent',
    formula: [i('clicks'), op('÷'), i('impressions'), op('×'), c(100)],
  },
  'conversion-rate': {
    id: 'conversion-rate',
    family: 'conversion',
    inputs: [count('conversions'), count('clicks')],
    result: 'percent',
    formula: [i('conversions'), op('÷'), i('clicks'), op('×'), c(100)],
  },
  cpc: {
    id: 'cpc',
    family: 'cost',
    inputs: [money('cost'), count('clicks')],
    result: 'currency',
    formula: [i('cost'), op('÷'), i('clicks')],
  },
  cpm: {
    id: 'cpm',
    family: 'cost',
    inputs: [money('cost'), count('impressions')],
    result: 'currency',
    formula: [i('cost'), op('÷'), i('impressions'), op('×'), c(1000)],
  },
  cpa: {
    id: 'cpa',
    family: 'cost',
    inputs: [money('cost'), count('conversions')],
    result: 'currency',
    formula: [i('cost'), op('÷'), i('conversions')],
  },
  roi: {
    id: 'roi',
    family: 'cost',
    inputs: [money('revenue'), money('cost')],
    result: 'percent',
    formula: [op('('), i('revenue'), op('−'), i('cost'), op(')'), op('÷'), i('cost'), op('×'), c(100)],
  },
};

export function isKpiId(value: unknown): value is KpiId {
  return typeof value === 'string' && (kpiIds as readonly string[]).includes(value);
}

/** The formula of a KPI; for the engagement rate, with the given basis as denominator. */
export function formulaFor(id: KpiId, basis?: Basis): readonly FormulaToken[] {
  return formulaOf(kpis[id], basis);
}

/** `formulaFor` from the KPI's definition (what the island has). */
export function formulaOf(def: KpiDef, basis?: Basis): readonly FormulaToken[] {
  if (def.id === 'engagement-rate' && basis) {
    return [i('engagements'), op('÷'), i(basis), op('×'), c(100)];
  }
  return def.formula;
}

/** The KPIs of a family, in the order of `kpiIds`. */
export function kpisOfFamily(family: Family): KpiDef[] {
  return kpiIds.map((id) => kpis[id]).filter((kpi) => kpi.family === family);
}
