/**
 * The SMART checker with every language registered, synchronously: for tests and build-time code
 * (run by Vite or Vitest). The browser fetches the engine with its page's language on demand
 * (load.ts) and another language with loadRules when an objective is written in it.
 */
import { byLocale } from '../i18n/languages/by-locale';
import type { LangRules } from './lang-rules';
import { registerRules } from './rules';

const everyLanguage = byLocale(
  // Every language folder's rules; not the registry of the same name (src/lib/i18n/languages/).
  import.meta.glob<LangRules>(['../i18n/*/smart-rules.ts', '!../i18n/languages/*'], { eager: true, import: 'default' }),
);
for (const rules of Object.values(everyLanguage)) registerRules(rules);

export * from './checker';
