/**
 * The analysis engine as an English page fetches it, on demand (load.ts): the checker, its
 * quantities and dates, the rules registry and the English rules. The French rules are fetched
 * with loadRules only when an objective is written in French.
 */
import en from './en';
import { registerRules } from './rules';

registerRules(en);

export { analyzeObjective, detectLanguage } from './checker';
export { hasRules, loadRules } from './rules';
