import type { Analysis } from './checker';
import type { Lang } from './lexicon';
import type { Engine } from './load';

/**
 * Analyses an objective with a loaded engine. An objective written in the other language first
 * gets that language's rules (fetched once); if they cannot be fetched, it is read with the page's.
 */
export async function analyseWith(engine: Engine, text: string, lang: Lang): Promise<Analysis> {
  const detected = engine.detectLanguage(text, lang);
  if (!engine.hasRules(detected)) await engine.loadRules(detected).catch(() => undefined);
  return engine.analyzeObjective(text, { lang });
}
