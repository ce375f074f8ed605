/**
 * Which questions a business of a given type sees, and with which weights: what scoring, the saved
 * reports and the island's view share (the wording is fitted in ./view.ts).
 */
import type { ProfileType } from './profile';
import type { DimensionRef } from './types';

/** What deciding whether a question is shown, and with which weight, needs. */
export interface FitQuestion {
  id: string;
  weight: number;
  for?: readonly ProfileType[] | undefined;
  weightBy?: Partial<Record<ProfileType, number>> | undefined;
}

/** A question is shown to every business unless it names the types it is for. */
export function shownFor(q: FitQuestion, type: ProfileType | undefined): boolean {
  return type === undefined || q.for === undefined || q.for.includes(type);
}

/**
 * The questions and weights that score a business of this type, optionally only among `only`
 * (the question list a report was made with).
 */
export function fitRefs(
  dimensions: readonly { id: string; questions: readonly FitQuestion[] }[],
  type: ProfileType | undefined,
  only?: ReadonlySet<string>,
): DimensionRef[] {
  return dimensions.map((d) => ({
    id: d.id,
    questions: d.questions
      .filter((q) => shownFor(q, type) && (only === undefined || only.has(q.id)))
      .map((q) => ({ id: q.id, weight: (type !== undefined ? q.weightBy?.[type] : undefined) ?? q.weight })),
  }));
}
