/**
 * Reads files and computes their figures off the page's main thread, so that the page stays
 * responsive while a large export is parsed and while its mapping changes. Papa Parse and ExcelJS
 * are loaded here only. Messages (`id` answered with the same `id`):
 * - `{ type: 'read', name, bytes, key }` → `{ result }`; the rows of a table read are kept under `key`;
 * - `{ type: 'figures', sources, today }` → `{ figures }` (./figures.ts), or `{ stale: true }` when
 *   a newer request arrived before this one was started (only the newest is computed);
 * - `{ type: 'posts', keys }` → `{ posts }` (to save them); `{ type: 'forget', key }` → `{}`;
 * - `{ type: 'xlsx', sheet }` → `{ bytes }` (the summary written as XLSX).
 */
import { FigureStore, type FigureSource } from './figures';
import { readFile } from './read';
import type { Day } from './values';
import { writeXlsx, type SheetRows } from './xlsx';

type Request =
  | { id: number; type: 'read'; name: string; bytes: ArrayBuffer; key: number }
  | { id: number; type: 'xlsx'; sheet: SheetRows }
  | { id: number; type: 'figures'; sources: FigureSource[]; today: Day }
  | { id: number; type: 'posts'; keys: number[] }
  | { id: number; type: 'forget'; key: number };

const scope = self as unknown as Worker;
const store = new FigureStore();

/** The newest figures request not started yet: requests that arrive meanwhile replace it. */
let queued: Extract<Request, { type: 'figures' }> | null = null;

function answer(id: number, work: () => unknown): void {
  try {
    scope.postMessage({ id, ...(work() as object) });
  } catch {
    scope.postMessage({ id, error: true });
  }
}

function figuresSoon(request: Extract<Request, { type: 'figures' }>): void {
  if (queued) scope.postMessage({ id: queued.id, stale: true });
  else
    setTimeout(() => {
      const next = queued;
      queued = null;
      if (next) answer(next.id, () => ({ figures: store.figures(next.sources, next.today) }));
    }, 0);
  queued = request;
}

scope.addEventListener('message', (event: MessageEvent<Request>) => {
  const request = event.data;
  switch (request.type) {
    case 'read':
      readFile(request.name, new Uint8Array(request.bytes)).then(
        (result) => {
          if (result.ok) store.keep(request.key, result.table.rows);
          scope.postMessage({ id: request.id, result });
        },
        () => scope.postMessage({ id: request.id, error: true }),
      );
      break;
    case 'xlsx':
      writeXlsx(request.sheet).then(
        (bytes) => scope.postMessage({ id: request.id, bytes }),
        () => scope.postMessage({ id: request.id, error: true }),
      );
      break;
    case 'figures':
      store.remember(request.sources);
      figuresSoon(request);
      break;
    case 'posts':
      answer(request.id, () => ({ posts: store.posts(request.keys) }));
      break;
    case 'forget':
      answer(request.id, () => {
        store.forget(request.key);
        return {};
      });
      break;
  }
});
