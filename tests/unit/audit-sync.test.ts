/**
 * Two tabs, one truth; and storage that never silently loses. Each "tab" below is what the audit
 * island does: load once, change its own state, save through `saveMerged` (which re-reads and
 * merges), and merge what another tab saved when the `storage` event comes (`mergeStates`).
 */
import { describe, expect, it } from 'vitest';
import {
  answersOf,
  emptyState,
  finishAttempt,
  loadState,
  mergeStates,
  newAttempt,
  parseSaved,
  pruneSetAside,
  saveMerged,
  SET_ASIDE_KEY,
  SET_ASIDE_LIMIT,
  setAsideKeys,
  STORAGE_KEY,
  withAnswer,
  withStep,
  type DimensionRef,
  type KeyValueStore,
  type SavedState,
} from '../../src/lib/audit';

const dims: DimensionRef[] = [
  {
    id: 'security',
    questions: [
      { id: 'accounts-listed', weight: 3 },
      { id: 'admin-access', weight: 3 },
    ],
  },
  { id: 'community', questions: [{ id: 'response-time', weight: 2 }] },
];
const ids = ['accounts-listed', 'admin-access', 'response-time'];
let clock = Date.parse('2026-12-01T09:00:00.000Z');
const tick = () => new Date((clock += 1000));

function memoryStore(initial: Record<string, string> = {}, quota = Infinity) {
  const data = new Map(Object.entries(initial));
  const store: KeyValueStore & { data: Map<string, string>; blocked: boolean } = {
    data,
    blocked: false,
    getItem(k) {
      if (store.blocked) throw new DOMException('denied', 'SecurityError');
      return data.get(k) ?? null;
    },
    setItem(k, v) {
      if (store.blocked) throw new DOMException('denied', 'SecurityError');
      const size = [...data].reduce((n, [key, val]) => n + (key === k ? 0 : key.length + val.length), 0);
      if (size + k.length + v.length > quota) throw new DOMException('full', 'QuotaExceededError');
      data.set(k, v);
    },
    removeItem(k) {
      data.delete(k);
    },
  };
  return store;
}

/** A tab: its own state, loaded once; saves merged; hears the other tabs' saves. */
class Tab {
  state: SavedState;
  constructor(private store: ReturnType<typeof memoryStore>) {
    const r = loadState(store, ids);
    this.state = r.kind === 'ok' ? r.state : emptyState(tick());
  }
  change(update: (s: SavedState) => SavedState) {
    this.state = update(this.state);
    const r = saveMerged(this.store, this.state, ids);
    if (r.kind !== 'saved') throw new Error(r.kind);
    this.state = r.state;
  }
  answer(id: string, a: 'yes' | 'no' | 'partly' | undefined) {
    this.change((s) => withAnswer(s, id, a, tick()));
  }
  finish() {
    this.change((s) => finishAttempt(withStep(s, dims.length, tick()), dims, tick()));
  }
  hear() {
    const r = parseSaved(this.store.getItem(STORAGE_KEY), ids);
    if (r.kind === 'ok') this.state = mergeStates(r.state, this.state);
  }
}

function stored(store: KeyValueStore): SavedState {
  const r = loadState(store, ids);
  if (r.kind !== 'ok') throw new Error(r.kind);
  return r.state;
}

describe('two tabs, one truth', () => {
  it('the issue’s case: A answers two and opens the results, stale B answers one; nothing is lost', () => {
    const store = memoryStore();
    const a = new Tab(store);
    const b = new Tab(store); // opened before A saved anything, never told
    a.answer('accounts-listed', 'yes');
    a.answer('admin-access', 'no');
    a.finish();
    b.answer('response-time', 'partly');
    const s = stored(store);
    expect(answersOf(s)).toEqual({ 'accounts-listed': 'yes', 'admin-access': 'no', 'response-time': 'partly' });
    expect(s.history).toHaveLength(1);
    expect(s.history[0]?.answers).toEqual({ 'accounts-listed': 'yes', 'admin-access': 'no' });
  });

  it.each([
    ['A first', ['a', 'b', 'a', 'b']],
    ['B first', ['b', 'a', 'b', 'a']],
    ['A twice then B twice', ['a', 'a', 'b', 'b']],
  ])('interleaved answers and changes of mind, %s: the latest answer to each question wins', (_, order) => {
    const store = memoryStore();
    const tabs = { a: new Tab(store), b: new Tab(store) };
    const moves: Record<string, [string, 'yes' | 'no' | 'partly' | undefined][]> = {
      a: [
        ['accounts-listed', 'yes'],
        ['response-time', 'no'],
      ],
      b: [
        ['admin-access', 'partly'],
        ['accounts-listed', 'no'],
      ],
    };
    const expected: Record<string, string | undefined> = {};
    for (const who of order) {
      const [id, value] = moves[who]?.shift() ?? ['', undefined];
      tabs[who as 'a' | 'b'].answer(id, value);
      expected[id] = value;
    }
    expect(answersOf(stored(store))).toEqual(expected);
    // Each tab, once it hears the last save, shows the same.
    tabs.a.hear();
    tabs.b.hear();
    expect(answersOf(tabs.a.state)).toEqual(expected);
    expect(answersOf(tabs.b.state)).toEqual(expected);
  });

  it('a cleared answer stays cleared when the other tab saves its stale copy', () => {
    const store = memoryStore();
    const a = new Tab(store);
    a.answer('accounts-listed', 'yes');
    const b = new Tab(store);
    a.answer('accounts-listed', undefined);
    b.answer('admin-access', 'no');
    expect(answersOf(stored(store))).toEqual({ 'admin-access': 'no' });
  });

  it('history merges by id: two tabs finishing two attempts keep both, a deleted one stays deleted', () => {
    const store = memoryStore();
    const a = new Tab(store);
    a.answer('accounts-listed', 'yes');
    a.finish();
    const b = new Tab(store);
    a.change((s) => newAttempt(s, tick()));
    a.answer('admin-access', 'yes');
    a.finish();
    b.answer('response-time', 'no'); // on the first attempt, which A has left
    b.finish();
    const s = stored(store);
    expect(s.history).toHaveLength(2);
    // A started again: B's copy of the old attempt yields to the new one.
    expect(answersOf(s)).toEqual({ 'admin-access': 'yes' });
    const gone = s.history[0]?.id ?? '';
    a.hear();
    a.change((x) => ({ ...x, history: x.history.filter((h) => h.id !== gone), removed: [...x.removed, gone] }));
    b.change((x) => x); // B still holds the deleted entry
    expect(stored(store).history.map((h) => h.id)).not.toContain(gone);
  });

  it('merging is idempotent and does not depend on order for the answers', () => {
    const store = memoryStore();
    const a = new Tab(store);
    const b = new Tab(store);
    a.state = withAnswer(a.state, 'accounts-listed', 'yes', tick());
    b.state = withAnswer(b.state, 'admin-access', 'no', tick());
    const ab = mergeStates(a.state, b.state);
    const ba = mergeStates(b.state, a.state);
    expect(answersOf(ab)).toEqual(answersOf(ba));
    expect(ab.current.id).toBe(ba.current.id);
    expect(mergeStates(ab, ab)).toEqual(ab);
  });
});

describe('storage that never silently loses', () => {
  it('a save from a newer version is left in place, not read and not overwritten', () => {
    const newer = JSON.stringify({ version: 3, current: { answers: { 'accounts-listed': { v: 'yes' } } } });
    const store = memoryStore({ [STORAGE_KEY]: newer });
    expect(loadState(store, ids)).toEqual({ kind: 'newer', raw: newer });
    expect(saveMerged(store, withAnswer(emptyState(tick()), 'admin-access', 'no', tick()), ids)).toEqual({
      kind: 'newer',
      raw: newer,
    });
    expect([...store.data]).toEqual([[STORAGE_KEY, newer]]);
  });

  it('quota exceeded: an unreadable save that cannot be copied stays where it is', () => {
    const broken = `{"version":2,"current":${'x'.repeat(3_800)}`;
    const store = memoryStore({ [STORAGE_KEY]: broken }, 5_000);
    const r = loadState(store, ids);
    expect(r).toEqual({ kind: 'set-aside', reason: 'corrupted', raw: broken, key: STORAGE_KEY });
    expect(store.data.get(STORAGE_KEY)).toBe(broken);
    // A later save by this page does not replace it either.
    expect(saveMerged(store, emptyState(tick()), ids)).toEqual({ kind: 'blocked', raw: broken });
    expect(store.data.get(STORAGE_KEY)).toBe(broken);
  });

  it('full slots: copies are capped, the last slot is never overwritten, pruning frees them', () => {
    const initial: Record<string, string> = {};
    for (const key of setAsideKeys()) initial[key] = `old copy in ${key}`;
    const store = memoryStore({ ...initial, [STORAGE_KEY]: '{broken' });
    expect(setAsideKeys()).toHaveLength(SET_ASIDE_LIMIT);
    expect(loadState(store, ids)).toMatchObject({ kind: 'set-aside', key: STORAGE_KEY, full: true });
    for (const key of setAsideKeys()) expect(store.data.get(key)).toBe(`old copy in ${key}`);
    expect(store.data.get(STORAGE_KEY)).toBe('{broken');
    // After the page offered the download, pruning frees the slots and moves the save into the first.
    expect(pruneSetAside(store, '{broken')).toEqual({ key: SET_ASIDE_KEY });
    expect([...store.data]).toEqual([[SET_ASIDE_KEY, '{broken']]);
  });

  it('storage blocked: loading and saving say so instead of throwing', () => {
    const store = memoryStore();
    store.blocked = true;
    expect(loadState(store, ids)).toEqual({ kind: 'unavailable' });
    expect(saveMerged(store, emptyState(tick()), ids)).toEqual({ kind: 'failed' });
  });

  it('an older page’s save (version 1) written meanwhile is merged, not set aside', () => {
    const store = memoryStore();
    const tab = new Tab(store);
    tab.answer('accounts-listed', 'yes');
    store.data.set(
      STORAGE_KEY,
      JSON.stringify({
        version: 1,
        current: {
          answers: { 'admin-access': 'partly' },
          step: 0,
          startedAt: '2026-12-01T08:00:00.000Z',
          updatedAt: '2026-12-01T08:00:00.000Z',
        },
        history: [],
      }),
    );
    tab.answer('response-time', 'no');
    expect(answersOf(stored(store))).toEqual({
      'accounts-listed': 'yes',
      'admin-access': 'partly',
      'response-time': 'no',
    });
  });
});

describe('an older page that moved a newer save aside', () => {
  it('is undone by the next newer page: the save is merged back and its slot freed', () => {
    // The December 2026 page could not read version 2: it moved it aside and started a version 1 save.
    let v2 = withAnswer(emptyState(tick()), 'accounts-listed', 'yes', tick());
    v2 = finishAttempt(v2, dims, tick());
    const v1 = JSON.stringify({
      version: 1,
      current: {
        answers: { 'admin-access': 'no' },
        step: 0,
        startedAt: v2.current.startedAt,
        updatedAt: tick().toISOString(),
      },
      history: [],
    });
    const store = memoryStore({ [STORAGE_KEY]: v1, [SET_ASIDE_KEY]: JSON.stringify(v2) });
    const r = loadState(store, ids);
    expect(r.kind).toBe('ok');
    expect(r.kind === 'ok' && answersOf(r.state)).toEqual({ 'accounts-listed': 'yes', 'admin-access': 'no' });
    expect(r.kind === 'ok' && r.state.history).toHaveLength(1);
    expect(store.data.has(SET_ASIDE_KEY)).toBe(false);
    expect(answersOf(stored(store))).toEqual({ 'accounts-listed': 'yes', 'admin-access': 'no' });
  });

  it('leaves an unreadable set-aside copy alone', () => {
    const store = memoryStore({ [SET_ASIDE_KEY]: '{broken' });
    expect(loadState(store, ids)).toEqual({ kind: 'empty' });
    expect(store.data.get(SET_ASIDE_KEY)).toBe('{broken');
  });
});
