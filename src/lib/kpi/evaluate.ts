/**
 * Computing a KPI from what the visitor typed (or what the URL carried): parse every field in
 * the page's locale, check each value (a number, not negative, a whole count, not absurdly
 * large), then the plausibility of the combination (clicks above impressions...), then compute.
 *
 * The result is a discriminated value: per field, `empty`, `ok` or `error` (with a translation
 * key); per output, a value or `null`. No NaN or Infinity ever leaves this module.
 *
 * Everything here takes the KPI's definition (what an island gets as a prop) and never imports the
 * registry, so that no island bundles the other KPIs; `./compute.ts` adds the by-id versions.
 */
import { parseLocaleNumber } from '../numbers';
import type { Locale } from '../i18n/locales';
import type { KpiId } from './ids';
import { evaluateFormula, formulaOf } from './formula';
import {
  bases,
  SMALL_SAMPLE,
  type Basis,
  type Condition,
  type ErrorKey,
  type InputDef,
  type KpiDef,
  type Param,
  type RuleParam,
  type WarningKey,
} from './metric';

export { SMALL_SAMPLE };

/** Above this, precision is lost and no real account has that many of anything. */
export const MAX_INPUT = 1e15;

export type FieldState = { state: 'empty' } | { state: 'ok'; value: number } | { state: 'error'; error: ErrorKey };

export interface Output {
  /** Only for the engagement rate: the denominator used. */
  basis?: Basis;
  /** The unrounded value in the result's unit (percent or currency), or null. */
  value: number | null;
}

export interface Evaluation<Id extends string = KpiId> {
  id: Id;
  fields: Partial<Record<Param, FieldState>>;
  outputs: Output[];
  /** Some required input is still empty: show a hint, not an error. */
  incomplete: boolean;
  /** Non-blocking remarks: the value is shown, with a caution. */
  warnings: WarningKey[];
}

/** Checks one value against its input's constraints. */
export function checkValue(input: InputDef, value: number): ErrorKey | null {
  if (!Number.isFinite(value)) return 'notNumber';
  if (value < 0) return 'negative';
  if (value > MAX_INPUT) return 'tooLarge';
  if (input.unit === 'count' && !Number.isInteger(value)) return 'notWhole';
  return null;
}

/** Parses a typed text for an input in a locale (currency symbols allowed on money inputs). */
export function parseField(input: InputDef, text: string, locale: Locale, currency: string): FieldState {
  const parsed = parseLocaleNumber(text, locale, input.unit === 'currency' ? { currency } : {});
  if (!parsed.ok) {
    return parsed.reason === 'empty' ? { state: 'empty' } : { state: 'error', error: parsed.reason };
  }
  const error = checkValue(input, parsed.value);
  return error ? { state: 'error', error } : { state: 'ok', value: parsed.value };
}

const countInput: InputDef = { param: 'engagements', unit: 'count' };

/** Parses a whole count (the extra modes' rows and periods). */
export function parseCount(text: string, locale: Locale): FieldState {
  return parseField(countInput, text, locale, 'EUR');
}

function finite(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}

export interface Computed {
  errors: Partial<Record<Param, ErrorKey>>;
  outputs: Output[];
  warnings: WarningKey[];
}

function holds(when: Condition, v: (param: RuleParam) => number): boolean {
  if ('zero' in when) return when.zero.reduce((sum, param) => sum + v(param), 0) === 0;
  if ('above' in when) return v(when.above) > v(when.than);
  return v(when.below) < when.than;
}

/**
 * Computes a KPI from numbers already checked one by one: its rules in order (an error stops,
 * a warning is kept), then its formula. Returns the per-field errors or the outputs.
 */
export function computeDef(def: KpiDef<string>, values: Partial<Record<Param, number>>): Computed {
  const errors: Partial<Record<Param, ErrorKey>> = {};
  const warnings: WarningKey[] = [];
  const read = (basis?: Basis) => (param: RuleParam) =>
    values[param === 'base' ? (basis ?? 'reach') : param] ?? Number.NaN;
  if (!def.perBasis) {
    const v = read();
    for (const rule of def.rules) {
      if (!holds(rule.when, v)) continue;
      if ('warning' in rule) warnings.push(rule.warning);
      else {
        errors[rule.on === 'base' ? 'reach' : rule.on] = rule.error;
        return { errors, outputs: [{ value: null }], warnings };
      }
    }
    return { errors, outputs: [{ value: finite(evaluateFormula(def.formula, v)) }], warnings };
  }
  // Per basis: rules that name no basis apply once and may blank some bases; the others per basis.
  const perBase = (when: Condition) =>
    Object.values(when).includes('base') || ('zero' in when && when.zero.includes('base'));
  const blanked = new Set<Basis>();
  for (const rule of def.rules) {
    if (perBase(rule.when) || !holds(rule.when, read())) continue;
    if ('warning' in rule) warnings.push(rule.warning);
    else {
      errors[rule.on === 'base' ? 'reach' : rule.on] = rule.error;
      for (const basis of rule.blanks ?? bases) blanked.add(basis);
    }
  }
  const given = bases.filter((basis) => values[basis] !== undefined);
  const outputs: Output[] = given.map((basis) => {
    const v = read(basis);
    const rules = def.rules.filter((rule) => perBase(rule.when) && holds(rule.when, v));
    const error = rules.find((rule) => 'error' in rule);
    if (error && 'error' in error) {
      errors[error.on === 'base' ? basis : error.on] = error.error;
      return { basis, value: null };
    }
    if (blanked.has(basis)) return { basis, value: null };
    for (const rule of rules) if ('warning' in rule && !warnings.includes(rule.warning)) warnings.push(rule.warning);
    return { basis, value: finite(evaluateFormula(formulaOf(def, basis), v)) };
  });
  return { errors, outputs, warnings };
}

/**
 * The same, from the KPI's definition itself: the calculator island gets its page's definition
 * as a prop and calls this, so that the other eleven definitions stay out of its bundle.
 */
export function evaluateDef<Id extends string>(
  def: KpiDef<Id>,
  texts: Partial<Record<Param, string>>,
  locale: Locale,
  currency = 'EUR',
): Evaluation<Id> {
  const { id } = def;
  const fields: Partial<Record<Param, FieldState>> = {};
  const values: Partial<Record<Param, number>> = {};
  let incomplete = false;
  let invalid = false;

  for (const input of def.inputs) {
    const field = parseField(input, texts[input.param] ?? '', locale, currency);
    fields[input.param] = field;
    if (field.state === 'ok') values[input.param] = field.value;
    else if (field.state === 'error') invalid = true;
    else if (!input.optional) incomplete = true;
  }

  if (def.perBasis) return evaluatePerBasis(def, fields, values);
  if (invalid || incomplete) {
    return { id, fields, outputs: [{ value: null }], incomplete, warnings: [] };
  }

  const computed = computeDef(def, values);
  for (const [param, error] of Object.entries(computed.errors) as [Param, ErrorKey][]) {
    fields[param] = { state: 'error', error };
  }
  return { id, fields, outputs: computed.outputs, incomplete: false, warnings: computed.warnings };
}

/**
 * A per-basis KPI (the engagement rate) has one output per base typed; each base stands alone, so
 * a bad reach does not hide the rate by followers. An impossible pair (reach above impressions)
 * blanks both.
 */
function evaluatePerBasis<Id extends string>(
  def: KpiDef<Id>,
  fields: Partial<Record<Param, FieldState>>,
  values: Partial<Record<Param, number>>,
): Evaluation<Id> {
  const { id } = def;
  const typed = bases.filter((b) => fields[b]?.state !== 'empty');
  const required = def.inputs.filter((input) => !input.optional).map((input) => input.param);
  const incomplete = required.some((param) => fields[param]?.state === 'empty') || typed.length === 0;
  if (typed.length === 0) return { id, fields, outputs: [{ value: null }], incomplete, warnings: [] };

  const okValues: Partial<Record<Param, number>> = {};
  for (const param of [...typed, ...required]) if (values[param] !== undefined) okValues[param] = values[param];
  const computed = required.every((param) => values[param] !== undefined)
    ? computeDef(def, okValues)
    : { errors: {}, outputs: [], warnings: [] };
  for (const [param, error] of Object.entries(computed.errors) as [Param, ErrorKey][]) {
    fields[param] = { state: 'error', error };
  }
  const outputs: Output[] = typed.map((basis) => ({
    basis,
    value: computed.outputs.find((o) => o.basis === basis)?.value ?? null,
  }));
  return { id, fields, outputs, incomplete, warnings: computed.warnings };
}

/** The main value of an evaluation (the first output with a value), for the embed event. */
export function mainValue(evaluation: Evaluation<string>): number | null {
  return evaluation.outputs.find((o) => o.value !== null)?.value ?? null;
}
