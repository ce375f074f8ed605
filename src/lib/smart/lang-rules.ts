/** The shape of one language's rules for the SMART engine (each language fills it in its own file). */
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
  /** What the rewrite appends, with `{channel}`, `{target}`, `{baseline}`, `{goal}` for the placeholders. */
  rewrite: Record<'channel' | 'target' | 'baseline' | 'goal', string>;
  /** The builder's sentence, with `{metric}`, `{network}`, `{baseline}`, `{target}`, `{date}`, `{goal}`. */
  sentence: string;
  /** The locale dates are written in (the builder's deadline). */
  dateLocale: string;
  /** The currency of amounts written with no symbol, in messages in this language. */
  currency: 'EUR' | 'USD';
  /** Quotation marks around the words a verdict quotes. */
  quotes: [string, string];
  /** After a number, words that make it the current value (« (2 000 aujourd'hui) », "(800 now)"). */
  baselineAfter: string;
  /** Before a percentage, once a comparative verb is found: it is a change ("increase by 20 %"). */
  changeBefore: string;
  /** After a number, words that make it an increment (« 500 abonnés de plus », "500 more"). */
  extraAfter: string;
  /** Before an amount, words that make it the means ("with a $500 budget"). */
  withBefore: string;
  /** Verbs that make a change a decrease. */
  decrease: string;
  /** Dates: quarter ordinals, period units in months, the months that seasons and yearly events end in. */
  ordinals: Record<string, number>;
  units: Record<string, number>;
  seasons: Record<string, { month: number; day?: number }>;
  /** Relative-date words: next, week, month, year, half-year (patterns). */
  relative: Record<'next' | 'week' | 'month' | 'year' | 'half', string>;
  /** Month words that are also ordinary words: a month alone only with a capital ("May"), or never (« sept »). */
  capitalMonths: string[];
  notMonths: string[];
}
