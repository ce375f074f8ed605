/**
 * What the SMART engine reads in an objective before judging it: dates, metrics, channels,
 * quantities, the main metric and where the business purpose starts. Every criterion
 * (judge/*.ts) judges from this one reading.
 */
import { findTimes, type TimeMatch } from './dates';
import { findChannels, findTerms, NETWORK_RE } from './find';
import { quote } from './format';
import type { Lang } from './lexicon';
import { findQuantities, type NumberMatch } from './quantities';
import { rulesFor, type LangRules } from './rules';
import { fold, plainRe, wordRe, type Match } from './text';
import type { TermMatch } from './types';

export interface Reading {
  /** The sanitized objective, and its folded form (same offsets). */
  text: string;
  folded: string;
  /** The language it is read in, and the page's (messages). */
  lang: Lang;
  uiLang: Lang;
  rules: LangRules;
  times: TimeMatch[];
  terms: TermMatch[];
  channels: Match[];
  quantities: NumberMatch[];
  /** Networks named (not formats such as Stories). */
  networks: Set<string>;
  /** Where the business context starts: a parenthesis, « pour », a purpose, a goal statement. */
  contextStart: number;
  /** Where a purpose clause and a goal statement start (the text's length when none). */
  purposeAt: number;
  statementAt: number;
  /** The first term before the context, and the first measurable one. */
  main: TermMatch | undefined;
  metric: TermMatch | undefined;
  isMetric: (t: TermMatch) => boolean;
  /** The given words, quoted for a message in the page's language. */
  q: (words: Match[]) => string;
}

function firstAt(folded: string, re: RegExp): number {
  re.lastIndex = 0;
  const m = re.exec(folded);
  return m ? m.index : folded.length;
}

export function readObjective(text: string, lang: Lang, uiLang: Lang, now: Date): Reading {
  const rules = rulesFor(lang);
  const folded = fold(text);
  const times = findTimes(text, folded, lang, now);
  const terms = findTerms(text, folded, lang);
  const channels = findChannels(text, folded, lang, terms);
  const quantities = findQuantities(text, folded, lang, [
    ...times.filter((t) => t.kind === 'time'),
    ...channels.filter((c) => /\d/.test(c.text)),
  ]);
  const purposeAt = firstAt(folded, wordRe(rules.purpose));
  const statementAt = firstAt(folded, plainRe(rules.goalStatement));
  const parenthesis = folded.indexOf('(');
  const contextStart = Math.min(
    parenthesis < 0 ? text.length : parenthesis,
    firstAt(folded, wordRe(rules.goalContext)),
    purposeAt,
    statementAt,
  );
  const main = terms.find((t) => t.start < contextStart) ?? terms[0];
  // Posting is an activity, not a result: it is a metric only where it happens ("3 Reels a week on Instagram").
  const isMetric = (t: TermMatch) => !t.term.abstract && (t.term.id !== 'posts' || channels.length > 0);
  const metric =
    main && isMetric(main) ? main : (terms.find((t) => t.start < contextStart && isMetric(t)) ?? undefined);
  const networks = new Set(
    channels.map((c) => fold(c.text)).filter((c) => NETWORK_RE.test(c) && !/^(?:stories|story|reels?|shorts)$/.test(c)),
  );
  const q = (words: Match[]) =>
    quote(
      words.map((w) => w.text),
      uiLang,
    );
  return {
    ...{ text, folded, lang, uiLang, rules, times, terms, channels, quantities, networks },
    ...{ contextStart, purposeAt, statementAt, main, metric, isMetric, q },
  };
}
