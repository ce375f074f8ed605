/**
 * The SMART analysis, off the page's main thread: the engine (fetched here, on demand) compiles
 * and runs its rules in this worker, so that typing in the checker never waits for them.
 * Messages: `{ id, text, lang }` in, `{ id, analysis }` or `{ id, error: true }` out.
 */
import type { Lang } from './lexicon';
import { loadEngine } from './load';
import { analyseWith } from './pipeline';

interface Request {
  id: number;
  text: string;
  lang: Lang;
}

const scope = self as unknown as Worker;

scope.addEventListener('message', (event: MessageEvent<Request>) => {
  const { id, text, lang } = event.data;
  loadEngine(lang)
    .then((engine) => analyseWith(engine, text, lang))
    .then(
      (analysis) => scope.postMessage({ id, analysis }),
      () => scope.postMessage({ id, error: true }),
    );
});
