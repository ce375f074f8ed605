/**
 * The helpers the KPI modules are written with. Kept apart from ../metric.ts (which islands import
 * for its types and `bases`) so that they travel with the modules, and marked free of side effects
 * so that the bundler can leave out the modules where they are not used.
 */
import { SMALL_SAMPLE, type FormulaToken, type InputDef, type Param, type Rule, type RuleParam } from '../metric';

/* @__NO_SIDE_EFFECTS__ */
export function i(param: Param): FormulaToken {
  return { kind: 'input', param };
}
/* @__NO_SIDE_EFFECTS__ */
export function op(text: string): FormulaToken {
  return { kind: 'op', text };
}
/* @__NO_SIDE_EFFECTS__ */
export function c(value: number): FormulaToken {
  return { kind: 'const', value };
}
/* @__NO_SIDE_EFFECTS__ */
export function count(param: Param, optional = false): InputDef {
  return optional ? { param, unit: 'count', optional } : { param, unit: 'count' };
}
/* @__NO_SIDE_EFFECTS__ */
export function money(param: Param): InputDef {
  return { param, unit: 'currency' };
}
/** The error `zero` on a denominator that is 0. */
/* @__NO_SIDE_EFFECTS__ */
export function nonZero(param: RuleParam): Rule {
  return { when: { zero: [param] }, error: 'zero', on: param };
}
/** The warning `smallSample` below 100 (rates on fewer are mostly noise). */
/* @__NO_SIDE_EFFECTS__ */
export function sample(param: Param): Rule {
  return { when: { below: param, than: SMALL_SAMPLE }, warning: 'smallSample' };
}
