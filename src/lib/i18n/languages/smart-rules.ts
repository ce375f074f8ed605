/**
 * Each language's SMART rules (its `smart-rules.ts`, every word the engine reads or writes),
 * fetched when an objective is written in it (src/lib/smart/rules.ts). One import() per language:
 * each is a chunk of its own in the browser.
 */
import type { LangRules } from '../../smart/lang-rules';
import { byLocale } from './by-locale';

export const smartRules = byLocale(import.meta.glob<{ default: LangRules }>('../*/smart-rules.ts'));
