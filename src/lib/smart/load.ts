/**
 * Fetches the analysis engine when there is something to analyse. The checker's island renders
 * and hydrates without it (label, field, criteria, builder button); the engine (checker,
 * quantities, the page's language's rules) is its own chunk, fetched once on the first focus,
 * keystroke or `?objective=` prefill. The guided builder awaits the same promise.
 * Node code does not need this: analyze.ts loads everything synchronously.
 */
import { smartEngines, type Engine } from '../i18n/languages/smart-engines';
import type { Lang } from './lexicon';

export type { Engine } from '../i18n/languages/smart-engines';

const pending = new Map<Lang, Promise<Engine>>();

/**
 * The engine with `lang`'s rules: one promise per language, shared by every caller. If the fetch
 * fails (offline with nothing cached), the promise is forgotten so that a later call tries again.
 */
export function loadEngine(lang: Lang): Promise<Engine> {
  let promise = pending.get(lang);
  if (!promise) {
    promise = smartEngines[lang]().catch((error: unknown) => {
      pending.delete(lang);
      throw error;
    });
    pending.set(lang, promise);
  }
  return promise;
}
