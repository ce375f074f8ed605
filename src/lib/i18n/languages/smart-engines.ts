/**
 * The SMART engine as each language's page fetches it (its `engine.ts`: the checker with that
 * language's rules), read by src/lib/smart/load.ts. One import() per language, each in its own
 * function: the build then preloads only that language's chunks with it (a single expression
 * choosing between them preloaded all).
 */
import type { analyzeObjective, detectLanguage } from '../../smart/checker';
import type { hasRules, loadRules } from '../../smart/rules';
import { byLocale } from './by-locale';

/** What the island uses: the exports of every language's `engine.ts`. */
export interface Engine {
  analyzeObjective: typeof analyzeObjective;
  detectLanguage: typeof detectLanguage;
  hasRules: typeof hasRules;
  loadRules: typeof loadRules;
}

export const smartEngines = byLocale(import.meta.glob<Engine>('../*/engine.ts'));
