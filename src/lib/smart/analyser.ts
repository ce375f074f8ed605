/**
 * How the checker's island gets an analysis: from a worker (smart.worker.ts) where the browser has
 * workers, so that the rules never block typing; otherwise (or if the worker cannot start) from
 * the engine on the main thread. Either way the engine is fetched on demand (load.ts).
 */
import type { Analysis } from './checker';
import type { Lang } from './lexicon';
import { loadEngine } from './load';
import { analyseWith } from './pipeline';

export type Analyser = (text: string) => Promise<Analysis>;

interface Reply {
  id: number;
  analysis?: Analysis;
  error?: boolean;
}

export function createAnalyser(lang: Lang): Analyser {
  const onMainThread: Analyser = (text) => loadEngine(lang).then((engine) => analyseWith(engine, text, lang));
  let worker: Worker | null = null;
  if (typeof Worker === 'function') {
    try {
      worker = new Worker(new URL('./smart.worker.ts', import.meta.url), { type: 'module' });
    } catch {
      worker = null;
    }
  }
  if (!worker) return onMainThread;

  const waiting = new Map<number, { resolve: (a: Analysis) => void; reject: (e: Error) => void }>();
  let next = 0;
  let broken = false;
  worker.addEventListener('message', (event: MessageEvent<Reply>) => {
    const { id, analysis, error } = event.data;
    const call = waiting.get(id);
    if (!call) return;
    waiting.delete(id);
    if (error || !analysis) call.reject(new Error('The analysis engine could not be loaded.'));
    else call.resolve(analysis);
  });
  // A worker that cannot start (its script unreachable): fail what waits, then work without it.
  worker.addEventListener('error', () => {
    broken = true;
    for (const call of waiting.values()) call.reject(new Error('The analysis worker stopped.'));
    waiting.clear();
  });
  return (text) => {
    if (broken || !worker) return onMainThread(text);
    const id = ++next;
    const target = worker;
    return new Promise<Analysis>((resolve, reject) => {
      waiting.set(id, { resolve, reject });
      target.postMessage({ id, text, lang });
    });
  };
}
