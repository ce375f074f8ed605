/**
 * How the page reads files and gets their figures: in a module worker (./read.worker.ts), so that
 * a large export never blocks the page, neither while it is parsed nor when its mapping changes.
 * Every browser the site supports has module workers; there is no main-thread copy of the readers
 * (it would add a second ExcelJS chunk to the offline cache). The figures of a save reopened where
 * no worker starts are computed on the page (./figures.ts). The bytes never leave the browser.
 */
import { FigureStore, type FigureInput, type Figures, type SavedFile } from './figures';
import type { ReadResult } from './read';
import type { Post } from './rows';
import type { Day } from './values';
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

/** Saved figures the worker has already received (sent once, not with every change). */
const sent = new WeakSet<SavedFile>();
/** The page's own figures, where the worker cannot start. */
let local: FigureStore | null = null;

/**
 * The figures of these files, computed in the worker; null when a newer request made this one
 * useless before it started (the caller keeps what it shows and waits for the newer one).
 */
export async function figuresInBrowser(sources: readonly FigureInput[], today: Day): Promise<Figures | null> {
  const toWorker = sources.map((s) => ('saved' in s && sent.has(s.saved) ? { key: s.key, saved: null } : s));
  try {
    const reply = ask<{ figures?: Figures; stale?: boolean }>({ type: 'figures', sources: toWorker, today });
    for (const s of sources) if ('saved' in s) sent.add(s.saved);
    const answer = await reply;
    return answer.stale ? null : (answer.figures ?? null);
  } catch {
    local ??= new FigureStore();
    return local.figures(sources, today);
  }
}

/** The posts of these files as last read (to save them). */
export async function postsInBrowser(keys: readonly number[]): Promise<Map<number, Post[]>> {
  try {
    return (await ask<{ posts: Map<number, Post[]> }>({ type: 'posts', keys })).posts;
  } catch {
    return local?.posts(keys) ?? new Map();
  }
}

/** Forgets a file removed from the page (its rows in the worker). */
export function forgetInBrowser(key: number): void {
  local?.forget(key);
  if (worker) ask({ type: 'forget', key }).catch(() => undefined);
}
