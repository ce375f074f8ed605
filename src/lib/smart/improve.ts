/** The improved version of an objective: the user's own sentence, edited as little as possible. */
import type { Criterion, Message } from './criteria';
import type { TimeMatch } from './dates';
import { formatNumber, quote } from './format';
import type { Judged } from './judge/achievable';
import type { NumberMatch } from './quantities';
import { rulesFor } from './rules';
import { fillTemplate, type Match } from './text';
import type { Analysis, TermMatch } from './types';

export interface Parts {
  metric: TermMatch | undefined;
  conflict: TermMatch | undefined;
  realistic: Judged['realistic'];
  past: TimeMatch[];
  vague: TimeMatch[];
  rhythm: Match[];
  starts: TimeMatch[];
  targets: NumberMatch[];
}

/**
 * The improved version: the user's own sentence, edited as little as possible so that it keeps its
 * metric, unit and scope. Spans are replaced (an unrealistic target by one the pace rules accept,
 * a past date by a placeholder) and what is missing is added at the end, with placeholders in
 * brackets: the channel, the target, the current value, the deadline, the purpose. Where no
 * correct rewrite exists (no metric at all, a metric that does not serve the stated goal, a target
 * the figures rule out with no realistic value to offer), there is none.
 */
export function improve(a: Analysis, p: Parts): { text: string; note?: Message } | null {
  const L = a.lang;
  const by = (c: Criterion) => a.criteria.find((x) => x.criterion === c)?.status ?? 'missing';
  const { placeholders: ph, rewrite } = rulesFor(L);
  if (by('specific') === 'missing' || !p.metric) return null;
  if (p.conflict) return null;
  if (by('achievable') === 'missing' && !p.realistic) return null;

  let note: Message | undefined;
  const edits: { start: number; end: number; text: string }[] = [];
  if (p.realistic) {
    const value = formatNumber(p.realistic.value, L, 0);
    edits.push({ start: p.realistic.match.start, end: p.realistic.match.end, text: value });
    note = {
      key: 'smart.rewrite.lowered',
      vars: { from: quote([p.realistic.match.text], a.uiLang), to: quote([value], a.uiLang) },
    };
  }
  // A vague time word gives way to the deadline placeholder, in place. A past date stays as the
  // user wrote it (its verdict says it has passed): a placeholder would score lower than it.
  for (const t of p.vague) edits.push({ start: t.start, end: t.end, text: ph.date });
  // The missing network goes right after the metric it qualifies ("followers on [network]").
  if (a.criteria[0]?.reason.key === 'smart.S.metricOnly')
    edits.push({
      start: p.metric.end,
      end: p.metric.end,
      text: fillTemplate(rewrite.channel, ph),
    });
  let text = a.text;
  for (const e of edits.sort((x, y) => y.start - x.start)) text = text.slice(0, e.start) + e.text + text.slice(e.end);

  const end = /[\s.!;…]*$/.exec(text);
  let body = text.slice(0, end ? end.index : text.length);
  const add = (piece: string) => (body += piece);
  if (by('measurable') === 'missing') add(fillTemplate(rewrite.target, ph));
  const ach = a.criteria[2];
  if (
    by('measurable') === 'met' &&
    ach?.status === 'unknown' &&
    /noBaseline|nothing/.test(ach.reason.key) &&
    p.targets.length
  )
    add(fillTemplate(rewrite.baseline, ph));
  if (!p.past.length && !p.vague.length && by('time-bound') !== 'met') add(` ${ph.date}`);
  if (by('relevant') !== 'met') add(fillTemplate(rewrite.goal, ph));
  const result = `${body}.`.replace(/ {2,}/g, ' ').trim();
  if (result === `${a.text.trim().replace(/[\s.!;…]*$/, '')}.`) return null;
  return note ? { text: result, note } : { text: result };
}
