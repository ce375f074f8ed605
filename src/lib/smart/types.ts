/** What the SMART engine returns: one verdict per criterion, the score and the rewrite. */
import type { Criterion, Message, Status } from './criteria';
import type { Lang, Term } from './lexicon';
import type { Unit } from './quantities';
import type { Match } from './text';

export interface CriterionResult {
  criterion: Criterion;
  status: Status;
  /** The words the verdict rests on. */
  spans: Match[];
  reason: Message;
  /** What to change, when the criterion is not met. */
  suggestion?: Message;
  /** Achievable only: a benchmark to compare with (an i18n key). */
  benchmark?: string;
  /** Achievable only: the audience-growth calculator prefilled with the numbers. */
  link?: string;
}

export interface Analysis {
  /** The sanitized objective; spans are ranges of this text. */
  text: string;
  /** The language the objective is written in. */
  lang: Lang;
  /** The page's language, in which messages are worded. */
  uiLang: Lang;
  criteria: CriterionResult[];
  /** Out of 5: 1 per criterion met, 0.5 per partial. */
  score: number;
  /**
   * A rewrite of the objective in its own language: null when it already meets all five, or when
   * no correct rewrite can be made.
   */
  improved: string | null;
  /** What the rewrite changed that the user must know (a target lowered to a realistic one). */
  improvedNote?: Message;
  /** The metric the objective is about (a TERMS id) and the unit of its target, when found. */
  metric?: { id: string; unit?: Unit };
}

export interface AnalyzeOptions {
  /** The page's language: messages are in it, and it breaks ties when detecting the language. */
  lang: Lang;
  /** "Today", to turn dates into periods. */
  now?: Date;
}

export interface TermMatch extends Match {
  term: Term;
}

/** One verdict: the shape every criterion returns. */
export function verdict(
  criterion: Criterion,
  status: Status,
  spans: Match[],
  reason: Message,
  suggestion?: string,
): CriterionResult {
  return suggestion
    ? { criterion, status, spans, reason, suggestion: { key: suggestion } }
    : { criterion, status, spans, reason };
}
