/** The meaning sentence of one of the site's KPIs, by the evaluation's id (see `./meaning.ts`). */
import type { Evaluation, Output } from './evaluate';
import { kpis } from './definitions';
import { describeDef, type Sentence } from './meaning';

export * from './meaning';

/** `describeDef` for one of the site's KPIs, found by the evaluation's id. */
export function describeResult(evaluation: Evaluation, output: Output): Sentence | null {
  return describeDef(kpis[evaluation.id], evaluation, output);
}
