/**
 * The audit's saved state in the browser: loading, saving, and keeping two open tabs in step. The
 * rules (what a stored text means, how two states merge, where an unreadable save goes) are pure
 * functions in src/lib/audit/saved/; this hook only holds state and talks to localStorage.
 *
 * - Reading, cleaning, upgrading and merging a save (./saved/slots.ts and what it imports) load
 *   on demand: the fetch starts when this module is evaluated, beside hydration, and the page is
 *   `ready` once it is read (before that, the first render shows the same placeholder as always).
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
  STORAGE_KEY,
  type KeyValueStore,
  type SavedState,
  type SetAsideReason,
} from '../../lib/audit/saved/state';
import type { LoadResult, SaveResult } from '../../lib/audit/saved/slots';
import { reloadOnce } from '../stale';

/** The storage rules, fetched once; a failed fetch (offline, deploy) is retried on the next call. */
type Io = typeof import('../../lib/audit/saved/slots') &
  typeof import('../../lib/audit/saved/merge') &
  typeof import('../../lib/audit/saved/parse');
let ioPromise: Promise<Io> | null = null;
function loadIo(): Promise<Io> {
  ioPromise ??= Promise.all([
    import('../../lib/audit/saved/slots'),
    import('../../lib/audit/saved/merge'),
    import('../../lib/audit/saved/parse'),
  ]).then(
    ([slots, merge, parse]) => ({ ...slots, ...merge, ...parse }),
    (error: unknown) => {
      ioPromise = null;
      throw error;
    },
  );
  return ioPromise;
}
if (typeof window !== 'undefined') void loadIo().catch(() => undefined);

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

/**
 * The UTC day, for the names of the two rescue downloads (an unreadable save, copies set aside).
 * Not `today()` (src/lib/days.ts, the visitor's day, which the report's exports use): importing it
 * here puts that module in the audit's first load, 300 B gzip over its budget (measured).
 */
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

function readSave(rules: Io, ids: readonly string[]): LoadResult {
  const store = browserStore();
  return store === null ? { kind: 'unavailable' } : rules.loadState(store, ids);
}

/** What the page says about the save it read: nothing, unless it was unreadable or newer. */
function noticeOfLoad(result: LoadResult): StorageNotice | null {
  if (result.kind === 'set-aside') {
    return { kind: 'set-aside', reason: result.reason, raw: result.raw, key: result.key, full: !!result.full };
  }
  return result.kind === 'newer' ? { kind: 'newer', raw: result.raw } : null;
}

/**
 * `ids`: the question ids; `onLoad`: a change applied to the save as it is read (a trainer's
 * profile from the URL), saved like the visitor's own changes.
 */
export function useAuditStore(ids: readonly string[], onLoad?: (s: SavedState) => SavedState) {
  const [state, setState] = useState<SavedState>(() => emptyState(new Date(0)));
  const [ready, setReady] = useState(false);
  const [canSave, setCanSave] = useState(true);
  const [notice, setNotice] = useState<StorageNotice | null>(null);
  const [loadFailed, setLoadFailed] = useState(false);
  /** Set by the visitor's own changes: only they are saved (another tab's are already stored). */
  const dirty = useRef(false);
  const io = useRef<Io | null>(null); // the storage rules, once loaded (always before `ready`)

  useEffect(() => {
    let live = true;
    const onStorage = (event: StorageEvent) => {
      const rules = io.current;
      if (event.key !== STORAGE_KEY || rules === null) return;
      const parsed = rules.parseSaved(event.newValue, ids);
      if (parsed.kind === 'ok') setState((s) => rules.mergeStates(parsed.state, s));
      else if (parsed.kind === 'newer') setNotice({ kind: 'newer', raw: parsed.raw });
    };
    loadIo().then(
      (rules) => {
        if (!live) return;
        io.current = rules;
        const result = readSave(rules, ids);
        const loaded = result.kind === 'ok' ? result.state : emptyState(new Date());
        const next = onLoad?.(loaded) ?? loaded;
        dirty.current = next !== loaded;
        setState(next);
        setNotice(noticeOfLoad(result));
        if (result.kind === 'unavailable') setCanSave(false);
        setReady(true);
        addEventListener('storage', onStorage);
      },
      () => {
        // A chunk removed by a deploy: the page reloads once; otherwise (offline) it says so.
        if (!reloadOnce() && live) setLoadFailed(true);
      },
    );
    return () => {
      live = false;
      removeEventListener('storage', onStorage);
    };
  }, [ids, onLoad]);

  useLayoutEffect(() => {
    const rules = io.current;
    if (!ready || rules === null || notice !== null || !canSave || !dirty.current) return;
    dirty.current = false;
    const store = browserStore();
    const result = store === null ? ({ kind: 'failed' } as const) : rules.saveMerged(store, state, ids);
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
    const rules = io.current;
    if (store === null || rules === null || notice?.kind !== 'set-aside') return null;
    const copies = rules.setAsideCopies(store);
    download(`audit-set-aside-${stamp()}.json`, 'application/json', `${JSON.stringify(copies, null, 2)}\n`);
    const moved = rules.pruneSetAside(store, notice.key === STORAGE_KEY ? notice.raw : undefined);
    if (moved === null) return null;
    setNotice({ ...notice, key: moved.key, full: false });
    return { count: Object.keys(copies).length, key: moved.key };
  };

  return { state, ready, loadFailed, canSave, notice, change, replaceSetAside, pruneCopies };
}
