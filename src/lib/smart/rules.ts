/**
 * The words of one language, and the registry the checker reads them from. Each language lives
 * in its own module (fr.ts, en.ts) that registers itself when imported: a page fetches its own
 * language with the engine (engine-fr.ts / engine-en.ts, through load.ts) and the other one
 * (`loadRules`) only when an objective is written in it. Node code imports analyze.ts, which
 * loads both.
 */
import type { Goal, Lang } from './lexicon';

export type TimeKind =
  | 'iso'
  | 'numeric'
  | 'dayMonthShort'
  | 'dayMonth'
  | 'monthDay'
  | 'month'
  | 'quarter'
  | 'half'
  | 'thisQuarter'
  | 'season'
  | 'period'
  | 'dashPeriod'
  | 'relative'
  | 'midYear'
  | 'year';

export interface LangRules {
  lang: Lang;
  /** Patterns of lexicon.ts's TERMS, in the same order. */
  terms: string[];
  /** Networks, formats and audiences. */
  channels: string;
  /** A direction without a target. */
  comparatives: string;
  /** Promises that scatter effort or lack means. */
  overreach: string;
  /** Words that put the business goal forward. */
  goalContext: string;
  /** Words that announce the current value. */
  baselineMarkers: string;
  /** A verb that makes the target an increment ("gagner 500"). */
  gain: string;
  /** Between the two numbers of "from A to B", and before A. */
  between: RegExp;
  lead: RegExp;
  /** Number words and their values. */
  numbers: Record<string, number>;
  /** A duration count: digits or number words. */
  count: string;
  /** Digit groups and decimals. */
  digits: string;
  multiplier: string;
  frequency: string;
  months: Record<string, number>;
  /** Dates and periods, in order of priority. */
  times: [TimeKind, string][];
  vague: string;
  /** A rhythm with no end ("200 a month"): not a deadline. */
  rhythm: string;
  /** Words that make a date a start with no end ("starting in January"). */
  startOnly: string;
  /** A purpose clause ("to support sales", « pour remplir nos ateliers »): the objective says what it is for. */
  purpose: string;
  /** A stated business goal the metric must serve ("the business goal is leads"). */
  goalStatement: string;
  /** Words around a money amount that make it a budget, and a cost per result. */
  budget: string;
  costPer: string;
  /** Words that make a cost per result the current one rather than a ceiling. */
  current: string;
  /** Phrases naming each metric in a sentence. */
  metrics: Record<string, string>;
  /** The end of a sentence that names the business goal. */
  goals: Record<Goal, string>;
  placeholders: Record<'metric' | 'channel' | 'baseline' | 'target' | 'date' | 'goal', string>;
}

const registry: Partial<Record<Lang, LangRules>> = {};

export function registerRules(rules: LangRules): void {
  registry[rules.lang] = rules;
}

export function hasRules(lang: Lang): boolean {
  return Boolean(registry[lang]);
}

/** The rules of a language, or of the other one when it is not loaded (never undefined once one is). */
export function rulesFor(lang: Lang): LangRules {
  return (registry[lang] ?? registry[lang === 'fr' ? 'en' : 'fr']) as LangRules;
}

/** Fetches a language's rules (a separate chunk in the browser). */
export function loadRules(lang: Lang): Promise<unknown> {
  return hasRules(lang) ? Promise.resolve() : lang === 'fr' ? import('./fr') : import('./en');
}
