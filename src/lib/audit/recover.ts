/**
 * Reading back what the page did not write itself just now: a set-aside save the visitor asks to
 * recover, and the reports of an imported file, rescored. Only the pages that need them load this
 * (the unreadable-save screen, the import), not the audit's first screen.
 */
import { fitRefs, type FitQuestion } from './fit';
import { QUESTION_SETS } from './question-sets';
import { roundPercent, scoreAudit } from './scoring';
import { cleanAttempt, emptyState, mergeHistory, type Attempt, type SavedState } from './storage';
import { isStoredAnswer, type DimensionRef } from './types';
import { isObject } from './validate';

/**
 * "Try to recover": keeps whatever can still be read from a set-aside state (answers to known
 * questions with valid values, history entries that validate) and starts from there. Works on any
 * version and on partly broken data; returns how many answers and attempts were kept.
 */
export function recoverState(
  raw: string,
  ids: readonly string[],
  now: Date,
): { state: SavedState; answers: number; attempts: number } {
  const state = emptyState(now);
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { state, answers: 0, attempts: 0 };
  }
  const known = new Set(ids);
  const root = isObject(data) ? data : {};
  const current = isObject(root['current']) ? root['current'] : {};
  const source = isObject(current['answers']) ? current['answers'] : isObject(root['answers']) ? root['answers'] : {};
  const at = now.toISOString();
  for (const [id, value] of Object.entries(source)) {
    const v = isObject(value) ? value['v'] : value;
    if (known.has(id) && isStoredAnswer(v)) state.current.answers[id] = { v, at };
  }
  const history = Array.isArray(root['history']) ? root['history'] : [];
  for (const entry of history) {
    const attempt = cleanAttempt(entry, known);
    if (attempt) state.history.push(attempt);
  }
  state.history = mergeHistory([], state.history);
  return { state, answers: Object.keys(state.current.answers).length, attempts: state.history.length };
}

/**
 * Recomputes an attempt's scores from its answers (for attempts read from a file), over the
 * questions it was made with: the oldest published list holding all its answers, fitted to its
 * profile's type. A report made before questions were added keeps its score.
 */
export function rescore(
  attempt: Attempt,
  dimensions: readonly (DimensionRef & { questions: readonly FitQuestion[] })[],
): Attempt {
  const given = Object.keys(attempt.answers);
  const list = Object.values(QUESTION_SETS).find((ids) => given.every((id) => ids.includes(id)));
  const refs = fitRefs(dimensions, attempt.profile?.type, list ? new Set(list) : undefined);
  const score = scoreAudit(refs, attempt.answers);
  return {
    ...attempt,
    percent: roundPercent(score.percent),
    dimensions: Object.fromEntries(score.dimensions.map((d) => [d.id, roundPercent(d.percent)])),
  };
}
