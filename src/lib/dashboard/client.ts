/**
 * How the page reads files, gets their figures and saves them: in a module worker
 * (./read.worker.ts), so that a large export never blocks the page, neither while it is parsed,
 * nor when its mapping changes, nor when it is saved or its save read back (the JSON is written,
 * parsed and checked there; the page only reads and writes the key). Every browser the site
 * supports has module workers; there is no main-thread copy of the readers (it would add a second
 * ExcelJS chunk to the offline cache). Where no worker starts, a save is read and its figures
 * computed on the page, by the same code (./work.ts). The bytes never leave the browser.
 */
import type { FigureInput, Figures } from './figures';
import type { ReadResult } from './read';
import type { Mapping } from './rows';
import { openedSave, readKey, storeSave, type KeyValueStore, type LoadResult } from './storage';
import type { Day } from './values';
import { DashboardWork, type Opened, type SaveRequest, type SaveSummary, type Saving } from './work';
import type { SheetRows } from './xlsx';

let worker: Worker | null | undefined;
let next = 0;
const waiting = new Map<number, { resolve: (value: unknown) => void; reject: (error: unknown) => void }>();

function getWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = new Worker(new URL('./read.worker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener('message', (event: MessageEvent<{ id: number; error?: boolean }>) => {
      const job = waiting.get(event.data.id);
      if (!job) return;
      waiting.delete(event.data.id);
      if (event.data.error) job.reject(new Error('worker'));
      else job.resolve(event.data);
    });
    worker.addEventListener('error', () => {
      for (const job of waiting.values()) job.reject(new Error('worker'));
      waiting.clear();
    });
  } catch {
    worker = null;
  }
  return worker;
}

function ask<T>(message: Record<string, unknown>, transfer: Transferable[] = []): Promise<T> {
  const w = getWorker();
  if (!w) return Promise.reject(new Error('no worker'));
  const id = ++next;
  return new Promise<T>((resolve, reject) => {
    waiting.set(id, { resolve: resolve as (value: unknown) => void, reject });
    w.postMessage({ id, ...message }, transfer);
  });
}

/** Reads a file's bytes into a table (or a reason); the worker keeps its rows under `key` for its figures. */
export async function readInBrowser(name: string, bytes: ArrayBuffer, key: number): Promise<ReadResult> {
  return (await ask<{ result: ReadResult }>({ type: 'read', name, bytes, key }, [bytes])).result;
}

/** Writes the summary as an XLSX file. */
export async function xlsxInBrowser(sheet: SheetRows): Promise<ArrayBuffer> {
  return (await ask<{ bytes: ArrayBuffer }>({ type: 'xlsx', sheet })).bytes;
}

/** The page's own work, where the worker cannot start. */
let local: DashboardWork | null = null;
const onPage = () => (local ??= new DashboardWork());

/**
 * The figures of these files, computed in the worker; null when a newer request made this one
 * useless before it started (the caller keeps what it shows and waits for the newer one).
 */
export async function figuresInBrowser(sources: readonly FigureInput[], today: Day): Promise<Figures | null> {
  try {
    const answer = await ask<{ figures?: Figures; stale?: boolean }>({ type: 'figures', sources, today });
    return answer.stale ? null : (answer.figures ?? null);
  } catch {
    return onPage().figures(sources, today);
  }
}

async function openInBrowser(raw: string): Promise<Opened> {
  try {
    return (await ask<{ opened: Opened }>({ type: 'open', raw })).opened;
  } catch {
    return onPage().open(raw);
  }
}

async function saveInBrowser(request: SaveRequest): Promise<Saving> {
  try {
    return (await ask<{ saving: Saving }>({ type: 'save', request })).saving;
  } catch {
    return onPage().save(request);
  }
}

/** Forgets a save the page no longer offers (deleted, or replaced by a newer one). */
export function dropSaveInBrowser(id: number): void {
  local?.drop(id);
  if (worker) ask({ type: 'drop', save: id }).catch(() => undefined);
}

/** The save found in this browser, as the page offers it: its posts stay in the worker. */
export type Found = { kind: 'ok'; state: SaveSummary } | Exclude<LoadResult, { kind: 'ok' }>;

/** Reading a save again when the key changed meanwhile (another tab saved) is tried this often. */
const ATTEMPTS = 3;

/**
 * The save in this browser, read and checked in the worker; an unreadable one set aside, a newer
 * one left alone (./storage.ts), only if the key still holds the text that was read.
 */
export async function openSaved(store: KeyValueStore | null): Promise<Found> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const raw = readKey(store);
    if (raw === undefined || !store) return { kind: 'unavailable' };
    if (raw === null) return { kind: 'empty' };
    const opened = await openInBrowser(raw);
    if (readKey(store) === raw) return openedSave(store, raw, opened);
    if (opened.kind === 'ok') dropSaveInBrowser(opened.state.id);
  }
  return { kind: 'unavailable' };
}

/**
 * Saves these files' posts (as last computed, in the worker, which writes the JSON) and the
 * layouts' mappings, with the same rules as ever (./storage.ts, `storeSave`). The save as the page
 * offers it from then on, or null when it did not happen (storage full or turned off, a newer
 * version or an unreadable save that could not be set aside in the key): nothing is lost.
 */
export async function saveFiles(
  store: KeyValueStore | null,
  files: SaveRequest['files'],
  layouts: Record<string, Mapping>,
  now: Date,
): Promise<SaveSummary | null> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const before = readKey(store);
    if (before === undefined) return null;
    const saving = await saveInBrowser({ files, layouts, now: now.toISOString(), before });
    const done = storeSave(store, before, saving.found, saving.json);
    if (done === true) return saving.state;
    dropSaveInBrowser(saving.state.id);
    if (done === false) return null;
  }
  return null;
}

/** Forgets a file removed from the page (its rows in the worker). */
export function forgetInBrowser(key: number): void {
  local?.forget(key);
  if (worker) ask({ type: 'forget', key }).catch(() => undefined);
}
