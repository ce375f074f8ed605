/**
 * The SMART engine as a English page fetches it, on demand (src/lib/smart/load.ts): the checker,
 * its quantities and dates and the rules registry, with the English rules registered (one chunk).
 * Other languages' rules are fetched with loadRules only when an objective is written in one.
 */
import { registerRules } from '../../smart/rules';
import rules from './smart-rules';

registerRules(rules);

export { analyzeObjective, detectLanguage } from '../../smart/checker';
export { hasRules, loadRules } from '../../smart/rules';
