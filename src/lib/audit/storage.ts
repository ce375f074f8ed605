/* eslint-disable max-lines -- being split */
import { cleanStoredProfile, type StoredProfile } from './profile';
import { roundPercent, scoreAudit } from './scoring';
import {
  isAnswer,
  isStoredAnswer,
  questionIds,
  scoredAnswers,
  type Answer,
  type Answers,
  type DimensionRef,
  type StoredAnswer,
} from './types';
import { isInt, isObject, isPercent, isTimestamp, type Obj } from './validate';

/**
 * The audit saved in localStorage as the visitor goes (format in docs/CONTRACT.md, "Storage").
 * Whatever is read back is outside input: it is validated, and a state that does not fit is never
 * used as is, never crashes the page and is never silently lost:
 *
 * - version 1 (December 2026) is read and upgraded;
 * - a newer version is left where it is, untouched, and the page says it cannot read it;
 * - anything else (corrupted, foreign, older than 1) is copied to a set-aside slot before the main
 *   key is freed; when it cannot be copied (storage full, every slot taken) it stays where it is
 *   and the page offers to download it before anything replaces it.
 *
 * Two tabs share one save: every save re-reads the stored state and merges it with the tab's own
 * (each answer by its own timestamp, finished attempts by id), and a tab merges the saves of the
 * others as they come (`storage` events).
 */
export const STORAGE_KEY = 'smm-audit';
export const SET_ASIDE_KEY = 'smm-audit-set-aside';
/** Set-aside slots: `smm-audit-set-aside`, then `-2` to `-5`. */
export const SET_ASIDE_LIMIT = 5;
export const STATE_VERSION = 2;
/** Finished attempts kept, newest last. */
export const HISTORY_LIMIT = 20;
/** Ids of deleted attempts remembered, so that another tab's copy does not bring them back. */
const REMOVED_LIMIT = 100;
const ID = /^[\w:.~-]{1,64}$/;

/** One answer and when it was given; `v: null` is an answer cleared (it wins over older ones). */
export interface Mark {
  v: StoredAnswer | null;
  at: string;
}

export interface Attempt {
  /** Identifies the attempt: finishing it again updates the same entry, in every tab. */
  id: string;
  startedAt: string;
  finishedAt: string;
  answers: Record<string, StoredAnswer>;
  /** Overall score, rounded, as computed when it was finished. */
  percent: number;
  /** Score of each dimension by id, rounded. */
  dimensions: Record<string, number>;
  profile?: StoredProfile;
  /** Finished with questions left unanswered: listed as partial, never compared. */
  partial?: true;
}

export interface SavedState {
  version: typeof STATE_VERSION;
  current: {
    id: string;
    /** Every answer given in this attempt, with its time; cleared ones as `v: null`. */
    answers: Record<string, Mark>;
    /** Step shown: 0..n-1 = a dimension, n = results (each tab keeps its own when merging). */
    step: number;
    startedAt: string;
    updatedAt: string;
    profile?: StoredProfile;
  };
  history: Attempt[];
  /** Ids of attempts deleted from the history. */
  removed: string[];
  /** Ids of attempts left by "start again" or an import: another tab's copy of one yields. */
  ended: string[];
}

/** The part of the Web Storage API used here, so tests can pass a plain object. */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export type SetAsideReason = 'corrupted' | 'old' | 'foreign';

export type LoadResult =
  | { kind: 'empty' }
  | { kind: 'ok'; state: SavedState }
  /** Saved by a newer version of the site: left in place, not read, not overwritten. */
  | { kind: 'newer'; raw: string }
  /**
   * Unreadable: copied to `key`, or still under STORAGE_KEY when it could not be copied
   * (`full`: every set-aside slot is taken; otherwise storage refused the copy).
   */
  | { kind: 'set-aside'; reason: SetAsideReason; raw: string; key: string; full?: boolean }
  | { kind: 'unavailable' };

function newId(now: Date): string {
  const random = globalThis.crypto?.randomUUID?.().slice(0, 8) ?? Math.random().toString(36).slice(2, 10);
  return `${now.toISOString()}~${random}`;
}

export function emptyState(now: Date): SavedState {
  const at = now.toISOString();
  return {
    version: STATE_VERSION,
    current: { id: newId(now), answers: {}, step: 0, startedAt: at, updatedAt: at },
    history: [],
    removed: [],
    ended: [],
  };
}

/** The answers of the attempt in progress, "not applicable" included, cleared ones left out. */
export function currentAnswers(state: SavedState): Record<string, StoredAnswer> {
  const out: Record<string, StoredAnswer> = {};
  for (const [id, mark] of Object.entries(state.current.answers)) if (mark.v !== null) out[id] = mark.v;
  return out;
}

/** The answers to score and show (not applicable left out). */
export function answersOf(state: SavedState): Answers {
  return scoredAnswers(currentAnswers(state));
}

// ---- Cleaning: only known fields, only known questions, only valid values. ----

function cleanAnswerValues(v: unknown, known: ReadonlySet<string>): Record<string, StoredAnswer> | undefined {
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

function cleanHistory(v: unknown, known: ReadonlySet<string>): Attempt[] | undefined {
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
function cleanV2(data: Obj, known: ReadonlySet<string>): SavedState | undefined {
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

/**
 * A version 1 state (December 2026), upgraded: each answer gets the state's last update as its
 * time, the attempt and the history entries their start time as id.
 */
function upgradeV1(data: Obj, known: ReadonlySet<string>): SavedState | undefined {
  const c = data['current'];
  const history = cleanHistory(data['history'], known);
  if (!isObject(c) || history === undefined) return undefined;
  const values = cleanAnswerValues(c['answers'], known);
  if (
    values === undefined ||
    Object.values(values).some((a) => !isAnswer(a)) ||
    !isInt(c['step'], 0, 1000) ||
    !isTimestamp(c['startedAt']) ||
    !isTimestamp(c['updatedAt'])
  ) {
    return undefined;
  }
  const at = c['updatedAt'];
  const answers = Object.fromEntries(Object.entries(values).map(([id, v]) => [id, { v, at }]));
  return {
    version: STATE_VERSION,
    current: { id: c['startedAt'], answers, step: c['step'], startedAt: c['startedAt'], updatedAt: at },
    history,
    removed: [],
    ended: [],
  };
}

export type Parsed =
  | { kind: 'empty' }
  | { kind: 'ok'; state: SavedState }
  | { kind: 'newer'; raw: string }
  | { kind: 'set-aside'; reason: SetAsideReason; raw: string };

/** Pure part of loading: what a stored string means. */
export function parseSaved(raw: string | null, ids: readonly string[]): Parsed {
  if (raw === null) return { kind: 'empty' };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { kind: 'set-aside', reason: 'corrupted', raw };
  }
  if (!isObject(data) || data['version'] === undefined) return { kind: 'set-aside', reason: 'foreign', raw };
  const version = data['version'];
  if (typeof version === 'number' && version > STATE_VERSION) return { kind: 'newer', raw };
  if (version !== 1 && version !== STATE_VERSION) {
    return { kind: 'set-aside', reason: typeof version === 'number' && version < 1 ? 'old' : 'corrupted', raw };
  }
  const known = new Set(ids);
  const state = version === 1 ? upgradeV1(data, known) : cleanV2(data, known);
  return state === undefined ? { kind: 'set-aside', reason: 'corrupted', raw } : { kind: 'ok', state };
}

/** The set-aside slots in order. */
export function setAsideKeys(): string[] {
  return Array.from({ length: SET_ASIDE_LIMIT }, (_, i) => (i === 0 ? SET_ASIDE_KEY : `${SET_ASIDE_KEY}-${i + 1}`));
}

/** The set-aside copies present, by key. */
export function setAsideCopies(store: KeyValueStore): Record<string, string> {
  const out: Record<string, string> = {};
  try {
    for (const key of setAsideKeys()) {
      const raw = store.getItem(key);
      if (raw !== null) out[key] = raw;
    }
  } catch {
    // Unreadable storage: no copies to show.
  }
  return out;
}

/**
 * Copies an unreadable save to the first free slot, then frees the main key. Never overwrites a
 * slot: when all are taken, or storage refuses the copy, the save stays where it is.
 */
function moveAside(store: KeyValueStore, raw: string): { key: string; full?: boolean } {
  try {
    const key = setAsideKeys().find((k) => store.getItem(k) === null);
    if (key === undefined) return { key: STORAGE_KEY, full: true };
    store.setItem(key, raw);
    if (store.getItem(key) !== raw) return { key: STORAGE_KEY };
    store.removeItem(STORAGE_KEY);
    return { key };
  } catch {
    return { key: STORAGE_KEY };
  }
}

/**
 * Reads the saved state; an unreadable one is moved aside (see the module's comment). A readable
 * state found in a set-aside slot (an older page, which could not read it, moved it there) is
 * merged back and its slot freed once the merge is saved.
 */
export function loadState(store: KeyValueStore, ids: readonly string[]): LoadResult {
  let raw: string | null;
  try {
    raw = store.getItem(STORAGE_KEY);
  } catch {
    return { kind: 'unavailable' };
  }
  const result = parseSaved(raw, ids);
  if (result.kind === 'set-aside') return { ...result, ...moveAside(store, result.raw) };
  if (result.kind !== 'ok' && result.kind !== 'empty') return result;
  let state = result.kind === 'ok' ? result.state : undefined;
  const reclaimed: string[] = [];
  for (const [key, text] of Object.entries(setAsideCopies(store))) {
    const copy = parseSaved(text, ids);
    if (copy.kind !== 'ok' || !text.includes(`"version":${STATE_VERSION}`)) continue;
    state = state === undefined ? copy.state : mergeStates(copy.state, state);
    reclaimed.push(key);
  }
  if (reclaimed.length === 0 || state === undefined) return result;
  if (saveState(store, state)) {
    for (const key of reclaimed) {
      try {
        store.removeItem(key);
      } catch {
        // Left where it is: merging it again later changes nothing.
      }
    }
  }
  return { kind: 'ok', state };
}

/**
 * Removes the set-aside copies (after the page offered to download them) and, when the save under
 * the main key could not be moved for want of a slot, moves it into the first one.
 */
export function pruneSetAside(store: KeyValueStore, pending?: string): { key: string } | null {
  try {
    for (const key of setAsideKeys()) store.removeItem(key);
  } catch {
    return null;
  }
  return pending === undefined ? { key: STORAGE_KEY } : moveAside(store, pending);
}

// ---- Two tabs: merging. ----

const later = (a: string, b: string) => (a > b ? a : b);

const union = (a: readonly string[], b: readonly string[]) => [...new Set([...a, ...b])].slice(-REMOVED_LIMIT);

/**
 * One state from the stored one and the tab's own.
 *
 * - The attempt in progress: when one tab left it ("start again", an import), the other tab's
 *   copy yields to the new one. Otherwise both tabs hold the same audit in progress (even when
 *   they started it apart, before either saved): each answer by its own time (the tab's on a tie),
 *   the profile likewise, under the id of the one started first, at the tab's own step.
 * - History: every attempt of either, by id, the later finish of an attempt in both, none that
 *   either deleted.
 *
 * Idempotent, and the same in either order apart from the step and exact ties.
 */
export function mergeStates(stored: SavedState, local: SavedState): SavedState {
  const ended = union(stored.ended, local.ended);
  const removed = union(stored.removed, local.removed);
  const a = stored.current;
  const b = local.current;
  let current: SavedState['current'];
  if (a.id !== b.id && ended.includes(a.id) !== ended.includes(b.id)) {
    current = ended.includes(a.id) ? b : a;
  } else {
    const answers: Record<string, Mark> = { ...a.answers };
    for (const [id, mark] of Object.entries(b.answers)) {
      const other = answers[id];
      if (other === undefined || mark.at >= other.at) answers[id] = mark;
    }
    const first = a.startedAt < b.startedAt || (a.startedAt === b.startedAt && a.id < b.id) ? a : b;
    current = {
      id: first.id,
      answers,
      step: b.step,
      startedAt: first.startedAt,
      updatedAt: later(a.updatedAt, b.updatedAt),
    };
    const profile = a.profile && (!b.profile || a.profile.at > b.profile.at) ? a.profile : b.profile;
    if (profile) current.profile = profile;
  }
  return {
    version: STATE_VERSION,
    current,
    history: mergeHistory(stored.history, local.history, removed),
    removed,
    ended,
  };
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

export type SaveResult =
  | { kind: 'saved'; state: SavedState }
  /** A newer version saved meanwhile: nothing written. */
  | { kind: 'newer'; raw: string }
  /** An unreadable save appeared and could not be moved aside: nothing written. */
  | { kind: 'blocked'; raw: string }
  /** Storage full, disabled or missing. */
  | { kind: 'failed' };

/** Saves the tab's state merged with what is stored now; returns what was written. */
export function saveMerged(store: KeyValueStore, local: SavedState, ids: readonly string[]): SaveResult {
  let raw: string | null;
  try {
    raw = store.getItem(STORAGE_KEY);
  } catch {
    return { kind: 'failed' };
  }
  const stored = parseSaved(raw, ids);
  if (stored.kind === 'newer') return stored;
  if (stored.kind === 'set-aside' && moveAside(store, stored.raw).key === STORAGE_KEY) {
    return { kind: 'blocked', raw: stored.raw };
  }
  const state = stored.kind === 'ok' ? mergeStates(stored.state, local) : local;
  return saveState(store, state) ? { kind: 'saved', state } : { kind: 'failed' };
}

/** Writes a state as is; returns false when storage is full, disabled or missing. */
export function saveState(store: KeyValueStore, state: SavedState): boolean {
  try {
    store.setItem(STORAGE_KEY, JSON.stringify(state));
    return true;
  } catch {
    return false;
  }
}

// ---- Changes the page makes. ----

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

export { questionIds };
export type { Answer };
