/**
 * What a result means, as a translation key and the numbers it needs: the island formats the
 * numbers in the page's locale and fills the sentence. The sentence of each KPI is described by
 * its module (`meaning`); this reads that description, so that the choice of sentence (gain or
 * loss, which base) is tested with the rest of the logic.
 */
import type { Evaluation, Output } from './evaluate';
import { evaluateFormula } from './formula';
import type { KpiDef, Param, VarUnit } from './metric';

export type { VarUnit } from './metric';

export interface Sentence {
  /** Key suffix under `kpi.`: `ctr.meaning`, `roi.meaning.loss`... */
  key: string;
  vars: Record<string, { value: number; unit: VarUnit }>;
}

/** The meaning sentence of a result, from the KPI's definition (what the island has). */
export function describeDef<Id extends string>(
  def: KpiDef<Id>,
  evaluation: Evaluation<Id>,
  output: Output,
): Sentence | null {
  if (output.value === null) return null;
  const { meaning } = def;
  const val = (p: Param) => {
    const field = evaluation.fields[p];
    return field?.state === 'ok' ? field.value : 0;
  };
  const vars: Sentence['vars'] = { value: { value: output.value, unit: def.result } };
  for (const param of meaning.inputs ?? []) {
    const unit = def.inputs.find((input) => input.param === param)?.unit ?? 'count';
    vars[param] = { value: val(param), unit };
  }
  const signs: Record<string, number> = {};
  for (const [name, spec] of Object.entries(meaning.vars ?? {})) {
    if ('per100' in spec) {
      vars[name] = { value: output.value, unit: 'decimal' };
      continue;
    }
    const value = evaluateFormula(spec.formula, val);
    signs[name] = value;
    vars[name] = { value: spec.abs ? Math.abs(value) : value, unit: spec.unit };
  }
  let key = `${def.id}.meaning`;
  if (output.basis) key += `.${output.basis}`;
  if (meaning.bySign) key += (signs[meaning.bySign] ?? 0) >= 0 ? '.gain' : '.loss';
  return { key, vars };
}
