import type { AuditScore, Level } from './scoring';
import { MAX_POINTS, POINTS, type Answer, type Answers, type DimensionRef } from './types';

export interface Priority {
  questionId: string;
  dimensionId: string;
  /** The answer given, or undefined when skipped. */
  answer: Answer | undefined;
  /** Weighted points lost on this question: weight x (2 - points). */
  lost: number;
}

export const MIN_PRIORITIES = 3;
export const MAX_PRIORITIES = 5;
/** At most this many priorities from one dimension, so the plan covers several areas. */
const PER_DIMENSION = 2;

/**
 * The questions to work on first: every question not answered "yes" is a candidate, ranked
 * by weighted points lost, then by its dimension's score (weakest first), then by content
 * order. Up to 5 are kept, at most 2 per dimension unless fewer than 3 would remain. Fewer
 * than 3 come back only when fewer than 3 questions are weak.
 */
export function priorities(dimensions: readonly DimensionRef[], answers: Answers, score: AuditScore): Priority[] {
  const percentOf = new Map(score.dimensions.map((d) => [d.id, d.percent]));
  const candidates: (Priority & { order: number; dimPercent: number })[] = [];
  let order = 0;
  for (const dimension of dimensions) {
    for (const q of dimension.questions) {
      const answer = answers[q.id];
      const points = answer === undefined ? 0 : POINTS[answer];
      const lost = q.weight * (MAX_POINTS - points);
      if (lost > 0) {
        candidates.push({
          questionId: q.id,
          dimensionId: dimension.id,
          answer,
          lost,
          order,
          dimPercent: percentOf.get(dimension.id) ?? 0,
        });
      }
      order++;
    }
  }
  candidates.sort((a, b) => b.lost - a.lost || a.dimPercent - b.dimPercent || a.order - b.order);

  const chosen: typeof candidates = [];
  const perDimension = new Map<string, number>();
  for (const c of candidates) {
    if (chosen.length >= MAX_PRIORITIES) break;
    const n = perDimension.get(c.dimensionId) ?? 0;
    if (n >= PER_DIMENSION) continue;
    perDimension.set(c.dimensionId, n + 1);
    chosen.push(c);
  }
  // Too few after spreading: fill up to the minimum from what was left out.
  for (const c of candidates) {
    if (chosen.length >= MIN_PRIORITIES) break;
    if (!chosen.includes(c)) chosen.push(c);
  }
  chosen.sort((a, b) => b.lost - a.lost || a.dimPercent - b.dimPercent || a.order - b.order);
  return chosen.map(({ questionId, dimensionId, answer, lost }) => ({
    questionId,
    dimensionId,
    answer,
    lost,
  }));
}

/**
 * Dimensions whose SMART objective is worth suggesting: those not at "maintain", weakest
 * first, at most `limit`.
 */
export function objectiveDimensions(score: AuditScore, limit = 3): string[] {
  const weak: Level[] = ['priority', 'improve'];
  return score.dimensions
    .map((d, i) => ({ d, i }))
    .filter(({ d }) => weak.includes(d.level))
    .sort((a, b) => a.d.percent - b.d.percent || a.i - b.i)
    .slice(0, limit)
    .map(({ d }) => d.id);
}
