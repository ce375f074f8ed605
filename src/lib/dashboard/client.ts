/**
 * How the page reads files: in a module worker (./read.worker.ts), so that a large export never
 * blocks the page. Every browser the site supports has module workers; there is no main-thread
 * copy of the readers (it would add a second ExcelJS chunk to the offline cache). The bytes
 * never leave the browser.
 */
import type { ReadResult } from './read';
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

/** Reads a file's bytes into a table (or a reason). */
export async function readInBrowser(name: string, bytes: ArrayBuffer): Promise<ReadResult> {
  return (await ask<{ result: ReadResult }>({ type: 'read', name, bytes }, [bytes])).result;
}

/** Writes the summary as an XLSX file. */
export async function xlsxInBrowser(sheet: SheetRows): Promise<ArrayBuffer> {
  return (await ask<{ bytes: ArrayBuffer }>({ type: 'xlsx', sheet })).bytes;
}
