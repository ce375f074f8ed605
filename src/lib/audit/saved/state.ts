/**
 * The format of the audit saved in the browser (docs/CONTRACT.md, "Storage"): its key, version,
 * limits and types, a fresh state, and reading the attempt in progress. What the page needs from
 * its first render; reading a stored text back (./parse.ts) and the storage itself (./slots.ts)
 * load with the saved state.
 */
import { scoredAnswers, type Answers, type StoredAnswer } from '../types';
import type { StoredProfile } from '../profile';

export const STORAGE_KEY = 'smm-audit';
export const SET_ASIDE_KEY = 'smm-audit-set-aside';
/** Set-aside slots: `smm-audit-set-aside`, then `-2` to `-5`. */
export const SET_ASIDE_LIMIT = 5;
export const STATE_VERSION = 2;
/** Finished attempts kept, newest last. */
export const HISTORY_LIMIT = 20;
/** Ids of deleted attempts remembered, so that another tab's copy does not bring them back. */
export const REMOVED_LIMIT = 100;
/** An attempt's id: its start time and a random suffix (older ones: the start time alone). */
export const ID = /^[\w:.~-]{1,64}$/;

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

/** Ids of both lists, once each, the newest kept. */
export const union = (a: readonly string[], b: readonly string[]) => [...new Set([...a, ...b])].slice(-REMOVED_LIMIT);
