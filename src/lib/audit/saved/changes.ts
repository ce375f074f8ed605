/**
 * Changes the page makes to the saved audit: an answer, a step, an attempt finished or left, and
 * the history list those attempts go to. Pure; the page saves the result (./slots.ts).
 */
import { roundPercent, scoreAudit } from '../scoring';
import type { DimensionRef, StoredAnswer } from '../types';
import { currentAnswers, emptyState, HISTORY_LIMIT, union, type Attempt, type SavedState } from './state';

/** Sets one answer (or clears it with undefined), stamped with its time. */
export function withAnswer(state: SavedState, id: string, answer: StoredAnswer | undefined, now: Date): SavedState {
  const at = now.toISOString();
  const answers = { ...state.current.answers, [id]: { v: answer ?? null, at } };
  return { ...state, current: { ...state.current, answers, updatedAt: at } };
}

export function withStep(state: SavedState, step: number, now: Date): SavedState {
  return { ...state, current: { ...state.current, step, updatedAt: now.toISOString() } };
}

/**
 * Records the current answers as a finished attempt. Finishing again the same attempt (after
 * changing an answer) updates its entry instead of adding another.
 */
export function finishAttempt(state: SavedState, dimensions: readonly DimensionRef[], now: Date): SavedState {
  const answers = currentAnswers(state);
  const score = scoreAudit(dimensions, answers);
  const attempt: Attempt = {
    id: state.current.id,
    startedAt: state.current.startedAt,
    finishedAt: now.toISOString(),
    answers,
    percent: roundPercent(score.percent),
    dimensions: Object.fromEntries(score.dimensions.map((d) => [d.id, roundPercent(d.percent)])),
  };
  if (score.answered < score.total) attempt.partial = true;
  if (state.current.profile) attempt.profile = state.current.profile;
  const history = mergeHistory(
    state.history.filter((h) => h.id !== attempt.id),
    [attempt],
  );
  return { ...state, history };
}

/** Starts a new attempt, keeping the history; the one left is marked ended for the other tabs. */
export function newAttempt(state: SavedState, now: Date): SavedState {
  const fresh = emptyState(now);
  return { ...fresh, history: state.history, removed: state.removed, ended: union(state.ended, [state.current.id]) };
}

/** Joins two histories: one entry per attempt id (the later finish), oldest first, none removed. */
export function mergeHistory(a: readonly Attempt[], b: readonly Attempt[], removed: readonly string[] = []): Attempt[] {
  const gone = new Set(removed);
  const byId = new Map<string, Attempt>();
  for (const h of [...a, ...b]) {
    const other = byId.get(h.id);
    if (!gone.has(h.id) && (other === undefined || h.finishedAt >= other.finishedAt)) byId.set(h.id, h);
  }
  return [...byId.values()]
    .sort((x, y) => x.finishedAt.localeCompare(y.finishedAt) || x.id.localeCompare(y.id))
    .slice(-HISTORY_LIMIT);
}
