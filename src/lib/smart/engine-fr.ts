/**
 * The analysis engine as a French page fetches it, on demand (load.ts): the checker, its
 * quantities and dates, the rules registry and the French rules. The English rules are fetched
 * with loadRules only when an objective is written in English.
 */
import fr from './fr';
import { registerRules } from './rules';

registerRules(fr);

export { analyzeObjective, detectLanguage } from './checker';
export { hasRules, loadRules } from './rules';
