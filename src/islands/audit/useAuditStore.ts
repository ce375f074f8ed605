/**
 * The audit's saved state in the browser: loading, saving, and keeping two open tabs in step. The
 * rules (what a stored text means, how two states merge, where an unreadable save goes) are pure
 * functions in src/lib/audit/storage.ts; this hook only holds state and talks to localStorage.
 *
 * - Each change the visitor makes is saved in the same task as it is rendered (a layout effect),
 *   merged first with whatever another tab saved meanwhile.
 * - A `storage` event (another tab saved) is merged into this tab at once, without saving back.
 * - Nothing is ever replaced without a way back: an unreadable save that could not be copied is
 *   downloaded before "recover" or "start over" replaces it, and the older set-aside copies are
 *   downloaded before they are deleted.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import {
  emptyState,
  loadState,
  mergeStates,
  parseSaved,
  pruneSetAside,
  saveMerged,
  setAsideCopies,
  STORAGE_KEY,
  type KeyValueStore,
  type SaveResult,
  type SavedState,
  type SetAsideReason,
} from '../../lib/audit/storage';

export type StorageNotice =
  | { kind: 'set-aside'; reason: SetAsideReason; raw: string; key: string; full: boolean }
  | { kind: 'newer'; raw: string };

function browserStore(): KeyValueStore | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

export function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const stamp = () => new Date().toISOString().slice(0, 10);

/** Downloads an unreadable save's text exactly as it was stored. */
export function downloadRaw(raw: string): void {
  download(`audit-saved-${stamp()}.txt`, 'text/plain;charset=utf-8', raw);
}

/** What the page says when a save was refused: a newer site's save, or one it cannot read. */
function noticeOfSave(result: Extract<SaveResult, { kind: 'newer' | 'blocked' }>): StorageNotice {
  return result.kind === 'newer'
    ? { kind: 'newer', raw: result.raw }
    : { kind: 'set-aside', reason: 'corrupted', raw: result.raw, key: STORAGE_KEY, full: false };
}

export function useAuditStore(ids: readonly string[]) {
  const [state, setState] = useState<SavedState>(() => emptyState(new Date(0)));
  const [ready, setReady] = useState(false);
  const [canSave, setCanSave] = useState(true);
  const [notice, setNotice] = useState<StorageNotice | null>(null);
  /** Set by the visitor's own changes: only they are saved (another tab's are already stored). */
  const dirty = useRef(false);

  useEffect(() => {
    const store = browserStore();
    const result = store === null ? ({ kind: 'unavailable' } as const) : loadState(store, ids);
    setState(result.kind === 'ok' ? result.state : emptyState(new Date()));
    if (result.kind === 'set-aside') {
      setNotice({ kind: 'set-aside', reason: result.reason, raw: result.raw, key: result.key, full: !!result.full });
    }
    if (result.kind === 'newer') setNotice({ kind: 'newer', raw: result.raw });
    if (result.kind === 'unavailable') setCanSave(false);
    setReady(true);
    const onStorage = (event: StorageEvent) => {
      if (event.key !== STORAGE_KEY) return;
      const parsed = parseSaved(event.newValue, ids);
      if (parsed.kind === 'ok') setState((s) => mergeStates(parsed.state, s));
      else if (parsed.kind === 'newer') setNotice({ kind: 'newer', raw: parsed.raw });
    };
    addEventListener('storage', onStorage);
    return () => removeEventListener('storage', onStorage);
  }, [ids]);

  useLayoutEffect(() => {
    if (!ready || notice !== null || !canSave || !dirty.current) return;
    dirty.current = false;
    const store = browserStore();
    const result = store === null ? ({ kind: 'failed' } as const) : saveMerged(store, state, ids);
    if (result.kind === 'saved') {
      if (JSON.stringify(result.state) !== JSON.stringify(state)) setState(result.state);
    } else if (result.kind === 'failed') setCanSave(false);
    else setNotice(noticeOfSave(result));
  }, [state, ready, notice, canSave, ids]);

  /** A change made by the visitor: shown, then saved. */
  const change = (update: (s: SavedState) => SavedState) => {
    dirty.current = true;
    setState(update);
  };

  /**
   * Leaves the set-aside notice with a new state (recovered or fresh). A save still under the main
   * key (it could not be copied) is downloaded first, then replaced.
   */
  const replaceSetAside = (next: SavedState) => {
    if (notice?.kind === 'set-aside' && notice.key === STORAGE_KEY) {
      downloadRaw(notice.raw);
      try {
        browserStore()?.removeItem(STORAGE_KEY);
      } catch {
        // Storage refuses even this: the next save fails and says so.
      }
    }
    dirty.current = true;
    setState(next);
    setNotice(null);
  };

  /**
   * Downloads the older set-aside copies in one file, then deletes them and moves the pending save
   * into the first free place. Returns how many were removed and where the save now is.
   */
  const pruneCopies = (): { count: number; key: string } | null => {
    const store = browserStore();
    if (store === null || notice?.kind !== 'set-aside') return null;
    const copies = setAsideCopies(store);
    download(`audit-set-aside-${stamp()}.json`, 'application/json', `${JSON.stringify(copies, null, 2)}\n`);
    const moved = pruneSetAside(store, notice.key === STORAGE_KEY ? notice.raw : undefined);
    if (moved === null) return null;
    setNotice({ ...notice, key: moved.key, full: false });
    return { count: Object.keys(copies).length, key: moved.key };
  };

  return { state, ready, canSave, notice, change, replaceSetAside, pruneCopies };
}
