/**
 * Reads files, computes their figures and writes and reads the save off the page's main thread, so
 * that the page stays responsive while a large export is parsed, while its mapping changes, and
 * while a 5,000-post save is written or read back. Papa Parse and ExcelJS are loaded here only.
 * Messages (`id` answered with the same `id`):
 * - `{ type: 'read', name, bytes, key }` → `{ result }`; the rows of a table read are kept under `key`;
 * - `{ type: 'figures', sources, today }` → `{ figures }` (./figures.ts), or `{ stale: true }` when
 *   a newer request arrived before this one was started (only the newest is computed);
 * - `{ type: 'save', request }` → `{ saving }`: the save as JSON, from the posts as last computed
 *   (after any figures still to compute), and what the key held (./work.ts);
 * - `{ type: 'open', raw }` → `{ opened }`: a save's text read and checked, its posts kept here;
 * - `{ type: 'drop', save }` → `{}`: a save the page no longer offers; `{ type: 'forget', key }` → `{}`;
 * - `{ type: 'xlsx', sheet }` → `{ bytes }` (the summary written as XLSX).
 */
import type { FigureInput } from './figures';
import { readFile } from './read';
import type { Day } from './values';
import { DashboardWork, type SaveRequest } from './work';
import { writeXlsx, type SheetRows } from './xlsx';

type Request =
  | { id: number; type: 'read'; name: string; bytes: ArrayBuffer; key: number }
  | { id: number; type: 'xlsx'; sheet: SheetRows }
  | { id: number; type: 'figures'; sources: FigureInput[]; today: Day }
  | { id: number; type: 'save'; request: SaveRequest }
  | { id: number; type: 'open'; raw: string }
  | { id: number; type: 'drop'; save: number }
  | { id: number; type: 'forget'; key: number };

const scope = self as unknown as Worker;
const work = new DashboardWork();

/** The newest figures request not started yet: requests that arrive meanwhile replace it. */
let queued: Extract<Request, { type: 'figures' }> | null = null;

function answer(id: number, job: () => unknown): void {
  try {
    scope.postMessage({ id, ...(job() as object) });
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
      if (next) answer(next.id, () => ({ figures: work.figures(next.sources, next.today) }));
    }, 0);
  queued = request;
}

scope.addEventListener('message', (event: MessageEvent<Request>) => {
  const request = event.data;
  switch (request.type) {
    case 'read':
      readFile(request.name, new Uint8Array(request.bytes)).then(
        (result) => {
          if (result.ok) work.store.keep(request.key, result.table.rows);
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
      work.remember(request.sources);
      figuresSoon(request);
      break;
    case 'save':
      // After the figures asked before it (their timer runs first): the save is what they show.
      setTimeout(() => answer(request.id, () => ({ saving: work.save(request.request) })), 0);
      break;
    case 'open':
      answer(request.id, () => ({ opened: work.open(request.raw) }));
      break;
    case 'drop':
      answer(request.id, () => {
        work.drop(request.save);
        return {};
      });
      break;
    case 'forget':
      answer(request.id, () => {
        work.forget(request.key);
        return {};
      });
      break;
  }
});
