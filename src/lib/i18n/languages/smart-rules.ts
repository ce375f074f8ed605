/**
 * Each language's SMART rules (`src/lib/smart/<lang>.ts`, every word the engine reads or writes),
 * fetched when an objective is written in it (src/lib/smart/rules.ts). One import() per language:
 * each is a chunk of its own in the browser.
 */
import type { LangRules } from '../../smart/lang-rules';
import type { Locale } from '../locales';

export const smartRules: Record<Locale, () => Promise<{ default: LangRules }>> = {
  fr: () => import('../../smart/fr'),
  en: () => import('../../smart/en'),
};
