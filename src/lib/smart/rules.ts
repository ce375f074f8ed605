/**
 * The registry the engine reads each language's rules from. Each language's rules live in its
 * folder (`src/lib/i18n/<lang>/smart-rules.ts`, the shape in lang-rules.ts); whoever imports them
 * registers them: a page's engine chunk (`src/lib/i18n/<lang>/engine.ts`, through load.ts)
 * registers its own language, `loadRules` fetches and registers another one only when an
 * objective is written in it, and tests and build-time code import analyze.ts, which registers all.
 */
import { smartRules } from '../i18n/languages/smart-rules';
import type { LangRules } from './lang-rules';
import type { Lang } from './lexicon';

export type { LangRules, TimeKind } from './lang-rules';

const registry: Partial<Record<Lang, LangRules>> = {};

export function registerRules(rules: LangRules): void {
  registry[rules.lang] = rules;
}

export function hasRules(lang: Lang): boolean {
  return Boolean(registry[lang]);
}

/** The rules of a language, or of the other one when it is not loaded (never undefined once one is). */
export function rulesFor(lang: Lang): LangRules {
  return (registry[lang] ?? Object.values(registry)[0]) as LangRules;
}

/** Fetches a language's rules (a separate chunk in the browser, from the languages' registry) and registers them. */
export function loadRules(lang: Lang): Promise<unknown> {
  return hasRules(lang) ? Promise.resolve() : smartRules[lang]().then((m) => registerRules(m.default));
}
