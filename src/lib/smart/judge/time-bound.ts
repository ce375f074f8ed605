/**
 * Time-bound: a deadline or a bounded period. A past date, a start with no end or a rhythm is
 * partial; a vague time word ("soon") or nothing is missing.
 */
import type { TimeMatch } from '../dates';
import type { Reading } from '../reading';
import { findAll, wordRe, type Match } from '../text';
import { verdict, type CriterionResult } from '../types';

export interface Timed {
  result: CriterionResult;
  /** Months to the furthest deadline, when there is one. */
  months: number | undefined;
  past: TimeMatch[];
  vague: TimeMatch[];
  starts: TimeMatch[];
  rhythm: Match[];
}

export function judgeTimeBound(r: Reading): Timed {
  const { text, folded, times, rules, q } = r;
  // "starting in January", « à partir de janvier »: a start with no end (the words may open the span).
  const startWords = findAll(text, folded, wordRe(rules.startOnly));
  const startOnly = (t: TimeMatch) =>
    startWords.some((w) => w.end >= t.start - 1 && w.start <= t.start + 1 && w.end <= t.end);
  const dated = times.filter((t) => t.kind === 'time');
  const deadlines = dated.filter((t) => (t.months ?? 0) > 0 && !startOnly(t));
  const starts = dated.filter((t) => (t.months ?? 0) > 0 && startOnly(t));
  const past = dated.filter((t) => (t.months ?? 0) <= 0);
  const vague = times.filter((t) => t.kind === 'vague');
  const rhythm = findAll(text, folded, wordRe(rules.rhythm));
  const months = deadlines.length ? Math.max(...deadlines.map((t) => t.months ?? 0)) : undefined;
  const t = (status: CriterionResult['status'], spans: Match[], key: string): Timed => ({
    result: verdict(
      'time-bound',
      status,
      spans,
      spans.length ? { key, vars: { words: q(spans) } } : { key },
      status === 'met' ? undefined : 'smart.T.addDeadline',
    ),
    months,
    past,
    vague,
    starts,
    rhythm,
  });
  if (deadlines.length) return t('met', deadlines, 'smart.T.met');
  if (past.length) return t('partial', past, 'smart.T.past');
  if (starts.length) return t('partial', starts, 'smart.T.startOnly');
  if (rhythm.length) return t('partial', rhythm, 'smart.T.rhythm');
  if (vague.length) return t('missing', vague, 'smart.T.vague');
  return t('missing', [], 'smart.T.missing');
}
