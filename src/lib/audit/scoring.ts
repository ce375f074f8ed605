import { MAX_POINTS, NOT_APPLICABLE, POINTS, type DimensionRef, type StoredAnswer } from './types';

/**
 * Levels of docs/FACTS.md section 4: under 50 % = priority action, 50 to 79 % = improve,
 * 80 % or more = maintain.
 */
export type Level = 'priority' | 'improve' | 'maintain';

export function levelOf(percent: number): Level {
  if (percent < 50) return 'priority';
  if (percent < 80) return 'improve';
  return 'maintain';
}

export interface DimensionScore {
  id: string;
  /** Weighted points earned. */
  points: number;
  /** Weighted maximum: 2 x the sum of the weights. */
  max: number;
  /** points / max x 100, unrounded. */
  percent: number;
  level: Level;
  /** Questions answered, "not applicable" included. */
  answered: number;
  unknown: number;
  /** Questions answered "not applicable": left out of the maximum. */
  notApplicable: number;
  total: number;
}

/** The same totals over the whole audit, and each dimension's. */
export interface AuditScore extends Omit<DimensionScore, 'id'> {
  dimensions: DimensionScore[];
}

/**
 * Scores answers. A question not answered scores 0, like "I don't know": the score never
 * rises by skipping. Every question counts its `weight` times; one answered "not applicable"
 * is left out of the maximum.
 */
export function scoreAudit(
  dimensions: readonly DimensionRef[],
  answers: Readonly<Record<string, StoredAnswer>>,
): AuditScore {
  const scores = dimensions.map((dimension): DimensionScore => {
    let points = 0;
    let max = 0;
    let answered = 0;
    let unknown = 0;
    let notApplicable = 0;
    for (const q of dimension.questions) {
      const answer = answers[q.id];
      if (answer === NOT_APPLICABLE) {
        answered++;
        notApplicable++;
        continue;
      }
      max += q.weight * MAX_POINTS;
      if (answer === undefined) continue;
      answered++;
      if (answer === 'unknown') unknown++;
      points += q.weight * POINTS[answer];
    }
    const percent = max === 0 ? 0 : (points / max) * 100;
    return {
      id: dimension.id,
      points,
      max,
      percent,
      level: levelOf(percent),
      answered,
      unknown,
      notApplicable,
      total: dimension.questions.length,
    };
  });
  const points = sum(scores.map((s) => s.points));
  const max = sum(scores.map((s) => s.max));
  const percent = max === 0 ? 0 : (points / max) * 100;
  return {
    dimensions: scores,
    points,
    max,
    percent,
    level: levelOf(percent),
    answered: sum(scores.map((s) => s.answered)),
    unknown: sum(scores.map((s) => s.unknown)),
    notApplicable: sum(scores.map((s) => s.notApplicable)),
    total: sum(scores.map((s) => s.total)),
  };
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

/** A percentage rounded for display and for history (whole numbers). */
export function roundPercent(percent: number): number {
  return Math.round(percent);
}
