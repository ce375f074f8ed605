/**
 * The audit's save in the browser's storage: loading, saving merged with what another tab saved,
 * and the set-aside slots where an unreadable save goes (storage full or refused: it stays where
 * it is). Loaded with the saved state, after the page's first render.
 */
import { mergeStates } from './merge';
import { parseSaved } from './parse';
import {
  SET_ASIDE_KEY,
  SET_ASIDE_LIMIT,
  STATE_VERSION,
  STORAGE_KEY,
  type KeyValueStore,
  type SavedState,
  type SetAsideReason,
} from './state';

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
