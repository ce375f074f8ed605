import { roundPercent, scoreAudit } from './scoring';
import { isAnswer, questionIds, type Answer, type Answers, type DimensionRef } from './types';
import { isAnswers, isInt, isObject, isPercent, isPercentRecord, isTimestamp } from './validate';

/**
 * The audit saved in localStorage as the visitor goes. Whatever is read back is outside
 * input: it is validated, and a state that does not fit (corrupted, foreign, from another
 * version) is never used as is, never crashes the page and is never silently wiped: it is
 * moved to SET_ASIDE_KEY and the visitor chooses between recovering what can be read and
 * starting over.
 */
export const STORAGE_KEY = 'smm-audit';
export const SET_ASIDE_KEY = 'smm-audit-set-aside';
export const STATE_VERSION = 1;
/** Finished attempts kept, newest last. */
export const HISTORY_LIMIT = 20;

export interface Attempt {
  /** When the attempt started: identifies it, so finishing twice updates the same entry. */
  startedAt: string;
  finishedAt: string;
  answers: Answers;
  /** Overall score, rounded, as computed when it was finished. */
  percent: number;
  /** Score of each dimension by id, rounded. */
  dimensions: Record<string, number>;
}

export interface SavedState {
  version: typeof STATE_VERSION;
  current: {
    answers: Answers;
    /** Step shown: 0..n-1 = a dimension, n = results. */
    step: number;
    startedAt: string;
    updatedAt: string;
  };
  history: Attempt[];
}

export function isAttempt(v: unknown): v is Attempt {
  return (
    isObject(v) &&
    isTimestamp(v['startedAt']) &&
    isTimestamp(v['finishedAt']) &&
    isAnswers(v['answers']) &&
    isPercent(v['percent']) &&
    isPercentRecord(v['dimensions'])
  );
}

export function isSavedState(v: unknown): v is SavedState {
  if (!isObject(v) || v['version'] !== STATE_VERSION) return false;
  const current = v['current'];
  const history = v['history'];
  return (
    isObject(current) &&
    isAnswers(current['answers']) &&
    isInt(current['step'], 0, 1000) &&
    isTimestamp(current['startedAt']) &&
    isTimestamp(current['updatedAt']) &&
    Array.isArray(history) &&
    history.length <= 200 &&
    history.every(isAttempt)
  );
}

/** Copies only the known fields of an attempt (a valid one may still carry extra keys). */
function cleanAttempt(a: Attempt, known: ReadonlySet<string>): Attempt {
  return {
    startedAt: a.startedAt,
    finishedAt: a.finishedAt,
    answers: knownAnswers(a.answers, known),
    percent: a.percent,
    dimensions: { ...a.dimensions },
  };
}

/** The part of the Web Storage API used here, so tests can pass a plain object. */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export type SetAsideReason = 'corrupted' | 'old' | 'newer' | 'foreign';

export type LoadResult =
  | { kind: 'empty' }
  | { kind: 'ok'; state: SavedState }
  | { kind: 'set-aside'; reason: SetAsideReason; raw: string; key: string }
  | { kind: 'unavailable' };

export function emptyState(now: Date): SavedState {
  const at = now.toISOString();
  return {
    version: STATE_VERSION,
    current: { answers: {}, step: 0, startedAt: at, updatedAt: at },
    history: [],
  };
}

/** Keeps only answers to questions that exist (questions are never renamed, but may go). */
function knownAnswers(answers: Record<string, unknown>, ids: ReadonlySet<string>): Answers {
  const out: Answers = {};
  for (const [id, value] of Object.entries(answers)) {
    if (ids.has(id) && isAnswer(value)) out[id] = value;
  }
  return out;
}

/** Pure part of loading: what a stored string means. */
export function parseSaved(
  raw: string | null,
  ids: readonly string[],
): { kind: 'empty' } | { kind: 'ok'; state: SavedState } | { kind: 'set-aside'; reason: SetAsideReason; raw: string } {
  if (raw === null) return { kind: 'empty' };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { kind: 'set-aside', reason: 'corrupted', raw };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { kind: 'set-aside', reason: 'foreign', raw };
  }
  const version = (data as { version?: unknown }).version;
  if (typeof version === 'number' && version !== STATE_VERSION) {
    return { kind: 'set-aside', reason: version < STATE_VERSION ? 'old' : 'newer', raw };
  }
  if (version === undefined) return { kind: 'set-aside', reason: 'foreign', raw };
  if (!isSavedState(data)) return { kind: 'set-aside', reason: 'corrupted', raw };
  const known = new Set(ids);
  const { current, history } = data;
  return {
    kind: 'ok',
    state: {
      version: STATE_VERSION,
      current: {
        answers: knownAnswers(current.answers, known),
        step: current.step,
        startedAt: current.startedAt,
        updatedAt: current.updatedAt,
      },
      history: history.slice(-HISTORY_LIMIT).map((h) => cleanAttempt(h, known)),
    },
  };
}

/**
 * Reads the saved state. When it does not fit, its raw text is copied to SET_ASIDE_KEY
 * before the main key is cleared, and the caller shows a notice with a choice.
 */
export function loadState(store: KeyValueStore, ids: readonly string[]): LoadResult {
  let raw: string | null;
  try {
    raw = store.getItem(STORAGE_KEY);
  } catch {
    return { kind: 'unavailable' };
  }
  const result = parseSaved(raw, ids);
  if (result.kind !== 'set-aside') return result;
  // Never overwrite an earlier set-aside state: the next one gets a numbered key.
  let key = SET_ASIDE_KEY;
  try {
    for (let i = 2; store.getItem(key) !== null && i < 100; i++) key = `${SET_ASIDE_KEY}-${i}`;
    store.setItem(key, result.raw);
    store.removeItem(STORAGE_KEY);
  } catch {
    // Could not move it: it stays where it is, untouched, and the notice still shows.
    key = STORAGE_KEY;
  }
  return { ...result, key };
}

/** Saves; returns false when storage is full, disabled or missing. */
export function saveState(store: KeyValueStore, state: SavedState): boolean {
  try {
    store.setItem(STORAGE_KEY, JSON.stringify(state));
    return true;
  } catch {
    return false;
  }
}

/**
 * "Try to recover": keeps whatever can still be read from a set-aside state (answers to
 * known questions with valid values, history entries that validate) and starts from there.
 * Works on any version and on partly broken data; returns how many answers were kept.
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
  const record = (v: unknown): Record<string, unknown> | undefined =>
    typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
  const root = record(data);
  const current = record(root?.['current']);
  const answers = record(current?.['answers']) ?? record(root?.['answers']) ?? {};
  state.current.answers = knownAnswers(answers, known);
  const history = Array.isArray(root?.['history']) ? (root['history'] as unknown[]) : [];
  for (const entry of history) {
    if (isAttempt(entry)) state.history.push(cleanAttempt(entry, known));
  }
  state.history = state.history.slice(-HISTORY_LIMIT);
  return { state, answers: Object.keys(state.current.answers).length, attempts: state.history.length };
}

/** Sets one answer (or clears it with undefined). */
export function withAnswer(state: SavedState, id: string, answer: Answer | undefined, now: Date): SavedState {
  const answers = Object.fromEntries(Object.entries(state.current.answers).filter(([key]) => key !== id));
  if (answer !== undefined) answers[id] = answer;
  return { ...state, current: { ...state.current, answers, updatedAt: now.toISOString() } };
}

export function withStep(state: SavedState, step: number, now: Date): SavedState {
  return { ...state, current: { ...state.current, step, updatedAt: now.toISOString() } };
}

/**
 * Records the current answers as a finished attempt. Finishing again the same attempt (after
 * changing an answer) updates its entry instead of adding another.
 */
export function finishAttempt(state: SavedState, dimensions: readonly DimensionRef[], now: Date): SavedState {
  const score = scoreAudit(dimensions, state.current.answers);
  const attempt: Attempt = {
    startedAt: state.current.startedAt,
    finishedAt: now.toISOString(),
    answers: { ...state.current.answers },
    percent: roundPercent(score.percent),
    dimensions: Object.fromEntries(score.dimensions.map((d) => [d.id, roundPercent(d.percent)])),
  };
  const history = state.history.filter((h) => h.startedAt !== attempt.startedAt);
  history.push(attempt);
  return { ...state, history: history.slice(-HISTORY_LIMIT) };
}

/** Starts a new attempt, keeping the history. */
export function newAttempt(state: SavedState, now: Date): SavedState {
  const fresh = emptyState(now);
  return { ...fresh, history: state.history };
}

export interface Comparison {
  id: string;
  latest: number;
  previous: number | undefined;
  delta: number | undefined;
}

/** Latest finished attempt against the one before, dimension by dimension. */
export function compareLatest(history: readonly Attempt[], dimensionIds: readonly string[]): Comparison[] {
  const latest = history.at(-1);
  if (latest === undefined) return [];
  const previous = history.at(-2);
  return dimensionIds.map((id) => {
    const now = latest.dimensions[id] ?? 0;
    const before = previous?.dimensions[id];
    return { id, latest: now, previous: before, delta: before === undefined ? undefined : now - before };
  });
}

export { questionIds };

/** Joins two histories (e.g. after an import): one entry per attempt, oldest first. */
export function mergeHistory(a: readonly Attempt[], b: readonly Attempt[]): Attempt[] {
  const byStart = new Map<string, Attempt>();
  for (const h of [...a, ...b]) byStart.set(h.startedAt, h);
  return [...byStart.values()].sort((x, y) => x.finishedAt.localeCompare(y.finishedAt)).slice(-HISTORY_LIMIT);
}
