/**
 * Reads files off the page's main thread, so that the page stays responsive while a large export
 * is parsed: `{ id, type: 'read', name, bytes }` → `{ id, result }`; `{ id, type: 'xlsx', rows }`
 * → `{ id, bytes }` (the summary written as XLSX). Papa Parse and ExcelJS are loaded here only.
 */
import { readFile } from './read';
import { writeXlsx, type SheetRows } from './xlsx';

type Request =
  { id: number; type: 'read'; name: string; bytes: ArrayBuffer } | { id: number; type: 'xlsx'; sheet: SheetRows };

const scope = self as unknown as Worker;

scope.addEventListener('message', (event: MessageEvent<Request>) => {
  const request = event.data;
  const work =
    request.type === 'read'
      ? readFile(request.name, new Uint8Array(request.bytes)).then((result) => ({ result }))
      : writeXlsx(request.sheet).then((bytes) => ({ bytes }));
  work.then(
    (answer) => scope.postMessage({ id: request.id, ...answer }),
    () => scope.postMessage({ id: request.id, error: true }),
  );
});
