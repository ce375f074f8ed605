/**
 * The diagnosis: which weak answers to work on first, for this business, grouped into this week,
 * this month, this quarter and later. A consultant starts with the basics (security, being found,
 * answering people, a pace that lasts) before habits, and habits before analytics, so each
 * question's kind multiplies the points it loses; a question tied to the business's main goal
 * counts half as much again. No question is dropped for being in an area already listed: every
 * weak answer gets an action, the heaviest first.
 */
import type { Goal, Profile } from './profile';
import { MAX_POINTS, NOT_APPLICABLE, POINTS, type Answer, type StoredAnswer } from './types';

export const KINDS = ['basic', 'practice', 'analytics'] as const;
export type Kind = (typeof KINDS)[number];
export const HORIZONS = ['week', 'month', 'quarter', 'later'] as const;
export type Horizon = (typeof HORIZONS)[number];

const KIND_FACTOR: Record<Kind, number> = { basic: 3, practice: 2, analytics: 1 };
const GOAL_FACTOR = 1.5;
/** How many actions fit in each horizon, in plan order: 3 this week, 4 this month, 5 this quarter. */
const HORIZON_SIZES: Record<Exclude<Horizon, 'later'>, number> = { week: 3, month: 4, quarter: 5 };

export interface PlanQuestion {
  id: string;
  weight: number;
  kind: Kind;
  minutes: number;
  goals?: readonly Goal[] | undefined;
}

export interface PlanDimension {
  id: string;
  questions: readonly PlanQuestion[];
}

export interface Action {
  questionId: string;
  dimensionId: string;
  /** The answer given, or undefined when the question was skipped. */
  answer: Answer | undefined;
  kind: Kind;
  minutes: number;
  /** Weighted points lost: weight x (2 - points). */
  lost: number;
  horizon: Horizon;
}

function horizonAt(index: number): Horizon {
  let end = 0;
  for (const h of ['week', 'month', 'quarter'] as const) {
    end += HORIZON_SIZES[h];
    if (index < end) return h;
  }
  return 'later';
}

/**
 * Every question not answered "yes" (nor "not applicable"), ranked by urgency for this profile:
 * weighted points lost x kind (basic 3, practice 2, analytics 1) x 1.5 when it serves the main
 * goal; ties go to the more basic kind, then the quicker action, then content order.
 */
export function actionPlan(
  dimensions: readonly PlanDimension[],
  answers: Readonly<Record<string, StoredAnswer>>,
  profile?: Profile,
): Action[] {
  const ranked: (Omit<Action, 'horizon'> & { urgency: number; order: number })[] = [];
  let order = 0;
  for (const d of dimensions) {
    for (const q of d.questions) {
      order++;
      const given = answers[q.id];
      if (given === NOT_APPLICABLE) continue;
      const lost = q.weight * (MAX_POINTS - (given === undefined ? 0 : POINTS[given]));
      if (lost === 0) continue;
      const goal = profile?.goal !== undefined && q.goals?.includes(profile.goal) ? GOAL_FACTOR : 1;
      ranked.push({
        questionId: q.id,
        dimensionId: d.id,
        answer: given,
        kind: q.kind,
        minutes: q.minutes,
        lost,
        urgency: lost * KIND_FACTOR[q.kind] * goal,
        order,
      });
    }
  }
  ranked.sort(
    (a, b) =>
      b.urgency - a.urgency || KIND_FACTOR[b.kind] - KIND_FACTOR[a.kind] || a.minutes - b.minutes || a.order - b.order,
  );
  return ranked.map(({ urgency: _u, order: _o, ...a }, i) => ({ ...a, horizon: horizonAt(i) }));
}

/** A time estimate in whole hours and minutes, for "1 h 30" / "45 min". */
export function duration(minutes: number): { h: number; m: number } {
  const total = Math.max(0, Math.round(minutes));
  return { h: Math.floor(total / 60), m: total % 60 };
}
