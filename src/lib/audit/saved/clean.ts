/**
 * Cleaning what is read back (a saved state of any version, an imported file): only known fields,
 * only known questions, only valid values; undefined when a part does not fit. Pure.
 */
import { cleanStoredProfile } from '../profile';
import { isStoredAnswer, type StoredAnswer } from '../types';
import { isInt, isObject, isPercent, isTimestamp, type Obj } from '../validate';
import { HISTORY_LIMIT, ID, REMOVED_LIMIT, STATE_VERSION, type Attempt, type Mark, type SavedState } from './state';

export function cleanAnswerValues(v: unknown, known: ReadonlySet<string>): Record<string, StoredAnswer> | undefined {
  if (!isObject(v)) return undefined;
  const out: Record<string, StoredAnswer> = {};
  for (const [id, value] of Object.entries(v)) {
    if (!isStoredAnswer(value)) return undefined;
    if (known.has(id)) out[id] = value;
  }
  return out;
}

function cleanMarks(v: unknown, known: ReadonlySet<string>): Record<string, Mark> | undefined {
  if (!isObject(v)) return undefined;
  const out: Record<string, Mark> = {};
  for (const [id, mark] of Object.entries(v)) {
    if (!isObject(mark) || !isTimestamp(mark['at']) || !(mark['v'] === null || isStoredAnswer(mark['v']))) {
      return undefined;
    }
    if (known.has(id)) out[id] = { v: mark['v'], at: mark['at'] };
  }
  return out;
}

function cleanDimensions(v: unknown): Record<string, number> | undefined {
  if (!isObject(v)) return undefined;
  const out: Record<string, number> = {};
  for (const [id, p] of Object.entries(v)) {
    if (!isPercent(p)) return undefined;
    out[id] = p;
  }
  return out;
}

/**
 * A finished attempt from outside input (a saved state of any version, an imported file): known
 * fields only, answers to known questions only, or undefined when it does not fit. Version 1
 * entries have no id: their start time was their identity, and becomes it.
 */
export function cleanAttempt(v: unknown, known: ReadonlySet<string>): Attempt | undefined {
  if (!isObject(v)) return undefined;
  const id = v['id'] === undefined && isTimestamp(v['startedAt']) ? v['startedAt'] : v['id'];
  const answers = cleanAnswerValues(v['answers'], known);
  const dimensions = cleanDimensions(v['dimensions']);
  if (
    typeof id !== 'string' ||
    !ID.test(id) ||
    !isTimestamp(v['startedAt']) ||
    !isTimestamp(v['finishedAt']) ||
    answers === undefined ||
    !isPercent(v['percent']) ||
    dimensions === undefined
  ) {
    return undefined;
  }
  const attempt: Attempt = {
    id,
    startedAt: v['startedAt'],
    finishedAt: v['finishedAt'],
    answers,
    percent: v['percent'],
    dimensions,
  };
  const profile = cleanStoredProfile(v['profile']);
  if (profile) attempt.profile = profile;
  if (v['partial'] === true) attempt.partial = true;
  return attempt;
}

export function cleanHistory(v: unknown, known: ReadonlySet<string>): Attempt[] | undefined {
  if (!Array.isArray(v) || v.length > 200) return undefined;
  const out: Attempt[] = [];
  for (const entry of v) {
    const attempt = cleanAttempt(entry, known);
    if (attempt === undefined) return undefined;
    out.push(attempt);
  }
  return out.slice(-HISTORY_LIMIT);
}

const ids = (list: unknown[]): string[] =>
  list.filter((r): r is string => typeof r === 'string' && ID.test(r)).slice(-REMOVED_LIMIT);

/** A version 2 state, cleaned; undefined when any part does not fit. */
export function cleanV2(data: Obj, known: ReadonlySet<string>): SavedState | undefined {
  const c = data['current'];
  const history = cleanHistory(data['history'], known);
  const removed = data['removed'] ?? [];
  const ended = data['ended'] ?? [];
  if (!isObject(c) || history === undefined || !Array.isArray(removed) || !Array.isArray(ended)) return undefined;
  const answers = cleanMarks(c['answers'], known);
  if (
    typeof c['id'] !== 'string' ||
    !ID.test(c['id']) ||
    answers === undefined ||
    !isInt(c['step'], 0, 1000) ||
    !isTimestamp(c['startedAt']) ||
    !isTimestamp(c['updatedAt'])
  ) {
    return undefined;
  }
  const state: SavedState = {
    version: STATE_VERSION,
    current: { id: c['id'], answers, step: c['step'], startedAt: c['startedAt'], updatedAt: c['updatedAt'] },
    history,
    removed: ids(removed),
    ended: ids(ended),
  };
  const profile = cleanStoredProfile(c['profile']);
  if (profile) state.current.profile = profile;
  return state;
}
