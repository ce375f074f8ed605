/**
 * What a KPI is made of: the shape of one module of `./metrics/` and the small helpers those
 * modules are written with. Everything here is plain data (no function inside a definition), so
 * that a page can hand its island its own KPI's definition as a prop.
 */
import type { Goal } from '../smart/lexicon';
import type { KpiId } from './ids';

export type { KpiId } from './ids';

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

/** `base` stands for the basis of a per-basis KPI (the engagement rate). */
export type RuleParam = Param | 'base';

/** A condition on the checked values: a sum that is 0, one value above another, a value below a number. */
export type Condition =
  { zero: readonly RuleParam[] } | { above: RuleParam; than: RuleParam } | { below: RuleParam; than: number };

/**
 * A plausibility rule, checked in order before computing. An error stops the computation and
 * marks its field (`on`), or only blanks the outputs of the bases it names (`blanks`); a
 * warning is shown beside the value.
 */
export type Rule =
  | { when: Condition; error: ErrorKey; on: RuleParam; blanks?: readonly Basis[] }
  | { when: Condition; warning: WarningKey };

export type VarUnit = 'count' | 'currency' | 'percent' | 'decimal';

/** A value of the meaning sentence: the result per 100 (without the % sign), or a sub-formula. */
export type MeaningVar = { per100: true } | { formula: readonly FormulaToken[]; unit: VarUnit; abs?: true };

export interface Meaning {
  /** Inputs named in the sentence (each in its own unit); `value` (the result) is always there. */
  inputs?: readonly Param[];
  vars?: Readonly<Record<string, MeaningVar>>;
  /** Two sentences by the sign of this var: `.gain` when it is 0 or more, `.loss` below. */
  bySign?: string;
}

/** What the SMART checker and builder know of a KPI (its words are in each language's `src/lib/i18n/<lang>/smart-kpis.ts`). */
export interface SmartInfo {
  /** The business goal the KPI serves (the "Relevant" criterion). */
  goal: Goal;
  /** A vanity metric: with no stated purpose, Relevant is only partial. */
  vanity?: true;
  /** A business result: Specific without naming a network. */
  business?: true;
  /** The benchmark sentence shown under Achievable (`smart.bench.*`), from the KPI's row in docs/FACTS.md. */
  benchmark?: `smart.bench.${string}`;
}

export interface KpiDef<Id extends string = KpiId> {
  id: Id;
  family: Family;
  inputs: readonly InputDef[];
  result: ResultUnit;
  /**
   * The one formula: shown as is (`clicks ÷ impressions × 100`) and evaluated by `./formula.ts`.
   * For a per-basis KPI, the input that is a basis stands for each basis in turn.
   */
  formula: readonly FormulaToken[];
  /** One output per basis typed (the engagement rate: by reach, followers, impressions). */
  perBasis?: true;
  /** Plausibility rules, in the order they are checked (zero denominators first). */
  rules: readonly Rule[];
  meaning: Meaning;
  /** A share that cannot exceed 100 % (the SMART checker and builder refuse a target above). */
  bounded?: true;
  smart: SmartInfo;
}

/** Below this many impressions (or clicks, for conversion rate), rates are mostly noise. */
export const SMALL_SAMPLE = 100;
