/**
 * The dashboard saved in localStorage, only when the visitor asks (format in docs/CONTRACT.md,
 * "Storage keys"): the posts read (figures, dates, titles), never the files, and the column
 * mapping of each file layout, so that the next export laid out the same way is read at once.
 *
 * The same safety rules as the self-audit's save (src/lib/audit/storage.ts): what is read back is
 * validated; a newer version is left untouched; anything else that cannot be read is copied to a
 * set-aside key before the main key is freed, or, when it cannot be copied, stays where it is and
 * the page offers to download it. Nothing is lost silently.
 */
import { fieldIds, isNetworkId, metricIds, type FieldId, type MetricId, type NetworkId } from './fields';
import { isKnownCurrency, type KnownCurrency } from './currency';
import type { Mapping, Post, Problem, ProblemKind } from './rows';

export const DASHBOARD_KEY = 'smm-dashboard';
export const DASHBOARD_SET_ASIDE_KEY = 'smm-dashboard-set-aside';
/** Set-aside slots: `smm-dashboard-set-aside`, then `-2` to `-5`. */
const SET_ASIDE_LIMIT = 5;
const DASHBOARD_VERSION = 1;
/** More posts than this are not saved (a year of ten posts a day on five networks). */
const MAX_SAVED_POSTS = 20_000;

interface SavedFile {
  name: string;
  posts: Post[];
  problems: Problem[];
  /** Currency of the file's costs, when it has costs and it is known (optional: saves before it have none). */
  currency?: KnownCurrency;
}

export interface SavedLayout {
  columns: (FieldId | null)[];
  network: NetworkId;
  dateOrder: 'dmy' | 'mdy' | null;
  decimal: ',' | '.';
  /** The visitor's answer to the currency question (optional: saves before it have none). */
  currency?: KnownCurrency;
}

export interface SavedDashboard {
  version: typeof DASHBOARD_VERSION;
  savedAt: string;
  files: SavedFile[];
  layouts: Record<string, SavedLayout>;
}

export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export type LoadResult =
  | { kind: 'empty' }
  | { kind: 'ok'; state: SavedDashboard }
  | { kind: 'newer'; raw: string }
  | { kind: 'set-aside'; raw: string; key: string; full?: boolean }
  | { kind: 'unavailable' };

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const problemKinds: readonly ProblemKind[] = ['empty', 'number', 'date', 'future', 'duplicate'];

function cleanPost(v: unknown): Post | null {
  if (!isObject(v)) return null;
  const { row, day, network, title, id, values } = v;
  if (!Number.isInteger(row) || (row as number) < 1) return null;
  if (day !== null && !(isText(day, 10) && DAY.test(day))) return null;
  if (!isNetworkId(network) || !isText(title, 2000) || !isText(id, 2000) || !isObject(values)) return null;
  const out: Partial<Record<MetricId, number>> = {};
  for (const [key, value] of Object.entries(values)) {
    if (!(metricIds as readonly string[]).includes(key)) return null;
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) return null;
    out[key as MetricId] = value;
  }
  return { row: row as number, day: day, network, title, id, values: out };
}

function cleanProblem(v: unknown): Problem | null {
  if (!isObject(v) || !Number.isInteger(v.row) || !problemKinds.includes(v.kind as ProblemKind)) return null;
  const out: Problem = { row: v.row as number, kind: v.kind as ProblemKind };
  for (const key of ['column', 'cell', 'reason'] as const) {
    if (v[key] === undefined) continue;
    if (!isText(v[key], 2000)) return null;
    out[key] = v[key];
  }
  if (v.of !== undefined) {
    if (!Number.isInteger(v.of)) return null;
    out.of = v.of as number;
  }
  return out;
}

function cleanLayout(v: unknown): SavedLayout | null {
  if (!isObject(v) || !Array.isArray(v.columns) || v.columns.length > 500) return null;
  const columns: (FieldId | null)[] = [];
  for (const c of v.columns) {
    if (c !== null && !(fieldIds as readonly string[]).includes(c as string)) return null;
    columns.push(c as FieldId | null);
  }
  if (!isNetworkId(v.network)) return null;
  if (v.dateOrder !== null && v.dateOrder !== 'dmy' && v.dateOrder !== 'mdy') return null;
  if (v.decimal !== ',' && v.decimal !== '.') return null;
  if (v.currency !== undefined && !isKnownCurrency(v.currency)) return null;
  const layout: SavedLayout = { columns, network: v.network, dateOrder: v.dateOrder, decimal: v.decimal };
  if (v.currency !== undefined) layout.currency = v.currency;
  return layout;
}

/** A saved dashboard, checked field by field; null when anything does not fit. */
export function parseSaved(value: unknown): SavedDashboard | null {
  if (!isObject(value) || value.version !== DASHBOARD_VERSION) return null;
  if (!isText(value.savedAt, 40) || Number.isNaN(Date.parse(value.savedAt))) return null;
  if (!Array.isArray(value.files) || !isObject(value.layouts)) return null;
  const files: SavedFile[] = [];
  let count = 0;
  for (const f of value.files) {
    if (!isObject(f) || !isText(f.name, 500) || !Array.isArray(f.posts) || !Array.isArray(f.problems)) return null;
    if (f.currency !== undefined && !isKnownCurrency(f.currency)) return null;
    const posts = f.posts.map(cleanPost);
    const problems = f.problems.map(cleanProblem);
    if (posts.includes(null) || problems.includes(null)) return null;
    count += posts.length;
    const file: SavedFile = { name: f.name, posts: posts as Post[], problems: problems as Problem[] };
    if (f.currency !== undefined) file.currency = f.currency;
    files.push(file);
  }
  if (count > MAX_SAVED_POSTS) return null;
  const layouts: Record<string, SavedLayout> = {};
  for (const [key, layout] of Object.entries(value.layouts)) {
    const clean = cleanLayout(layout);
    if (!clean || !/^[a-z0-9]{1,16}$/.test(key)) return null;
    layouts[key] = clean;
  }
  return { version: DASHBOARD_VERSION, savedAt: value.savedAt, files, layouts };
}

function setAsideKey(n: number): string {
  return n === 1 ? DASHBOARD_SET_ASIDE_KEY : `${DASHBOARD_SET_ASIDE_KEY}-${n}`;
}

/**
 * What a save's text holds: a save this page reads, one of a newer version, or nothing readable.
 * Pure (no storage): the page runs it in the worker (./work.ts), where a 5,000-post save is parsed
 * and checked without blocking the page.
 */
export type SavedText = { kind: 'ok'; state: SavedDashboard } | { kind: 'newer' } | { kind: 'unreadable' };

export function readSaved(raw: string): SavedText {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    parsed = undefined;
  }
  if (isObject(parsed) && typeof parsed.version === 'number' && parsed.version > DASHBOARD_VERSION) {
    return { kind: 'newer' };
  }
  const state = parseSaved(parsed);
  return state ? { kind: 'ok', state } : { kind: 'unreadable' };
}

/** The text the key holds (null: none); undefined when storage is turned off. */
export function readKey(store: KeyValueStore | null): string | null | undefined {
  try {
    return store ? store.getItem(DASHBOARD_KEY) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Sets an unreadable save aside: copied to the first free set-aside key, then the main key freed;
 * when it cannot be copied, it stays where it is (`key` is then the main key: never saved over).
 */
function setAside(store: KeyValueStore, raw: string): Extract<LoadResult, { kind: 'set-aside' }> {
  for (let n = 1; n <= SET_ASIDE_LIMIT; n++) {
    const key = setAsideKey(n);
    try {
      if (store.getItem(key) !== null) continue;
      store.setItem(key, raw);
      store.removeItem(DASHBOARD_KEY);
      return { kind: 'set-aside', raw, key };
    } catch {
      return { kind: 'set-aside', raw, key: DASHBOARD_KEY };
    }
  }
  return { kind: 'set-aside', raw, key: DASHBOARD_KEY, full: true };
}

/**
 * What the page does once the key's text `raw` has been read (by `readSaved`, maybe in the
 * worker): an unreadable save is set aside (never overwritten, never lost), a newer one left alone.
 * `raw` must be what the key still holds.
 */
export function openedSave<T>(
  store: KeyValueStore,
  raw: string,
  read: { kind: 'ok'; state: T } | { kind: 'newer' } | { kind: 'unreadable' },
): { kind: 'ok'; state: T } | Exclude<LoadResult, { kind: 'ok' | 'empty' | 'unavailable' }> {
  if (read.kind === 'ok') return read;
  if (read.kind === 'newer') return { kind: 'newer', raw };
  return setAside(store, raw);
}

/** Reads the save on the spot (`readSaved`, then `openedSave`); an unreadable one is set aside. */
export function loadDashboard(store: KeyValueStore | null): LoadResult {
  const raw = readKey(store);
  if (raw === undefined || !store) return { kind: 'unavailable' };
  if (raw === null) return { kind: 'empty' };
  return openedSave(store, raw, readSaved(raw));
}

/** A file as the page hands it to `makeSaved`: its currency null when unknown or without costs. */
export type FileToSave = Omit<SavedFile, 'currency'> & { currency?: KnownCurrency | null };

/** The state to save: the files' posts and problems, and the layouts' mappings. */
export function makeSaved(files: readonly FileToSave[], layouts: Record<string, Mapping>, now: Date): SavedDashboard {
  const clean: Record<string, SavedLayout> = {};
  for (const [key, m] of Object.entries(layouts)) {
    const layout: SavedLayout = { columns: m.columns, network: m.network, dateOrder: m.dateOrder, decimal: m.decimal };
    if (m.currency) layout.currency = m.currency;
    clean[key] = layout;
  }
  return {
    version: DASHBOARD_VERSION,
    savedAt: now.toISOString(),
    files: files.map(({ currency, ...f }) => (currency ? { ...f, currency } : f)),
    layouts: clean,
  };
}

/** The remembered mappings of a save, as the page uses them. */
export function savedMappings(layouts: Record<string, SavedLayout>): Record<string, Mapping> {
  const out: Record<string, Mapping> = {};
  for (const [key, { currency, ...layout }] of Object.entries(layouts))
    out[key] = { ...layout, currency: currency ?? null };
  return out;
}

/**
 * Stores a save already written as JSON (by the worker, ./work.ts), unless the key holds what this
 * page must not overwrite: a newer version, or an unreadable save that could not be set aside.
 * `before` is the key's text when the save was asked for and `found` what it held (`readSaved`,
 * `empty`); if the key changed since (another tab), nothing is written and `changed` is returned,
 * for the page to ask again. False when the save did not happen (storage full or turned off).
 */
export function storeSave(
  store: KeyValueStore | null,
  before: string | null,
  found: SavedText['kind'] | 'empty',
  json: string,
): boolean | 'changed' {
  const now = readKey(store);
  if (!store || now === undefined || found === 'newer') return false;
  if (now !== before) return 'changed';
  if (found === 'unreadable' && before !== null && setAside(store, before).key === DASHBOARD_KEY) return false;
  try {
    store.setItem(DASHBOARD_KEY, json);
    return true;
  } catch {
    return false;
  }
}

/** Saves on the spot (`readSaved`, then `storeSave`). Returns false when the save did not happen. */
export function saveDashboard(store: KeyValueStore | null, state: SavedDashboard): boolean {
  const before = readKey(store);
  if (before === undefined) return false;
  return storeSave(store, before, before === null ? 'empty' : readSaved(before).kind, JSON.stringify(state)) === true;
}

export function deleteDashboard(store: KeyValueStore | null): void {
  try {
    store?.removeItem(DASHBOARD_KEY);
  } catch {
    // Storage turned off: nothing was saved.
  }
}
