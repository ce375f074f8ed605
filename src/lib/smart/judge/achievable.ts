/**
 * Achievable, judged only from the figures in the objective: the pace of the change (pace.ts),
 * then what the money says (money.ts), then promises that scatter effort or lack means. "Unknown"
 * only when there is nothing to judge from, and then the advice names the figure that would let
 * the tool judge.
 */
import type { Status } from '../criteria';
import { formatNumber, percent } from '../format';
import type { NumberMatch } from '../quantities';
import type { Reading } from '../reading';
import { findAll, fold, wordRe } from '../text';
import { verdict, type CriterionResult, type TermMatch } from '../types';
import { extractFigures, type Figures } from './figures';
import { costVerdict, findMoney, PAID_RESULTS, type Money } from './money';
import { judgePace, monthlyGrowth, realisticTotal, type Pace } from './pace';

/** What the engine knows about each KPI that Achievable needs (the lists live with the KPIs). */
export interface KpiFacts {
  /** Metrics whose value is a level (a rate, a cost, a time), not an audience that compounds. */
  level: ReadonlySet<string>;
  /** Shares that cannot exceed 100 %. */
  bounded: ReadonlySet<string>;
  /** A benchmark to compare with, per metric (an i18n key). */
  benchmarks: Readonly<Record<string, string>>;
}

export interface Judged {
  result: CriterionResult;
  /** A target the same pace rules rate met, when the objective's target fails them. */
  realistic?: { match: NumberMatch; value: number };
}

const worse = (a: Status, b: Status): Status => {
  const rank: Record<Status, number> = { met: 0, unknown: 1, partial: 2, missing: 3 };
  return rank[a] >= rank[b] ? a : b;
};

/** The change the figures describe: target ÷ baseline, 1 + relative change, or the multiplier. */
function changeOf(f: Figures, decrease: boolean): { factor?: number; targetValue?: number } {
  const { baseline, target, relative, multiplier, gain } = f;
  if (gain && target && baseline) {
    const targetValue = baseline.value + target.value;
    return { factor: baseline.value === 0 ? Infinity : targetValue / baseline.value, targetValue };
  }
  if (baseline && target)
    return { factor: baseline.value === 0 ? Infinity : target.value / baseline.value, targetValue: target.value };
  if (relative) {
    const factor = 1 + (decrease ? -1 : 1) * (relative.value / 100);
    return {
      factor,
      ...(baseline ? { targetValue: baseline.value * factor } : target ? { targetValue: target.value } : {}),
    };
  }
  return { ...(multiplier ? { factor: multiplier.value } : {}), ...(target ? { targetValue: target.value } : {}) };
}

/** The verdict of the pace, with a realistic target to offer when it fails (counts only). */
function judgeChange(
  r: Reading,
  f: Figures,
  factor: number,
  targetValue: number | undefined,
  months: number | undefined,
  mode: Pace['mode'],
): Judged {
  const { uiLang } = r;
  const { baseline, target, gain } = f;
  const used = [f.baseline, f.target, f.relative, f.multiplier].filter((x): x is NumberMatch => Boolean(x));
  const status = judgePace({ factor, mode, ...(months !== undefined ? { months } : {}) });
  const big = Math.max(factor, 1 / factor);
  const vars: Record<string, string> = {
    words: r.q(used),
    factor: formatNumber(big, uiLang, big < 10 ? 2 : 0),
    months: months === undefined ? '' : formatNumber(months, uiLang),
  };
  let key: string;
  if (months === undefined)
    key = status === 'missing' ? 'smart.A.absurd' : status === 'met' ? 'smart.A.small' : 'smart.A.noPeriod';
  else if (mode === 'count' && factor >= 1) {
    vars.monthly = percent(monthlyGrowth(factor, months), uiLang);
    key = `smart.A.count.${status}`;
  } else key = `smart.A.level.${status}`;
  const fix = status === 'unknown' ? 'smart.A.addPeriod' : status !== 'met' ? 'smart.A.lower' : undefined;
  const result = verdict('achievable', status, used, { key, vars }, fix);
  if (baseline && targetValue !== undefined && mode === 'count' && !baseline.signed && baseline.value > 0) {
    result.link = `/${uiLang}/tools/audience-growth/?start=${Math.round(baseline.value)}&end=${Math.round(targetValue)}`;
  }
  if (status === 'missing' && mode === 'count' && factor > 1 && baseline && target && months !== undefined) {
    const total = realisticTotal(baseline.value, months);
    const value = gain ? total - baseline.value : total;
    if (value > 0 && total > baseline.value) return { result, realistic: { match: target, value } };
  }
  return { result };
}

/** The verdict from the figures alone (before money and promises). */
function judgeFigures(
  r: Reading,
  f: Figures,
  months: number | undefined,
  main: TermMatch | undefined,
  kpi: KpiFacts,
): Judged {
  const { baseline, target, relative } = f;
  const decrease = findAll(r.text, r.folded, wordRe(r.rules.decrease)).length > 0;
  const { factor, targetValue } = changeOf(f, decrease);
  const used = [f.baseline, f.target, f.relative, f.multiplier].filter((x): x is NumberMatch => Boolean(x));
  const levelMetric = main ? kpi.level.has(main.term.id) : false;
  const unitLevel = [baseline, target].some((n) => n && n.unit !== 'count');
  const mode: Pace['mode'] = unitLevel || levelMetric || baseline?.signed ? 'level' : 'count';
  if (target && target.unit === 'percent' && target.value > 100 && !relative && main && kpi.bounded.has(main.term.id))
    return {
      result: verdict(
        'achievable',
        'missing',
        [target],
        { key: 'smart.A.bounded', vars: { words: r.q([target]) } },
        'smart.A.lower',
      ),
    };
  if (baseline && baseline.value === 0 && !relative)
    return {
      result: verdict(
        'achievable',
        'unknown',
        [baseline],
        { key: 'smart.A.zero', vars: { words: r.q([baseline]) } },
        'smart.A.compare',
      ),
    };
  if (factor !== undefined) return judgeChange(r, f, factor, targetValue, months, mode);
  if (target || used.length) {
    const key = months === undefined ? 'smart.A.noBaselineNoPeriod' : 'smart.A.noBaseline';
    return {
      result: verdict(
        'achievable',
        'unknown',
        used,
        { key, vars: { words: r.q(used) } },
        months === undefined ? 'smart.A.addAll' : 'smart.A.addBaseline',
      ),
    };
  }
  return { result: verdict('achievable', 'unknown', [], { key: 'smart.A.nothing' }, 'smart.A.addAll') };
}

/** A cost per result out of reach outweighs any pace; where the pace cannot be judged, the cost decides. */
function withMoney(
  r: Reading,
  judged: Judged,
  main: TermMatch | undefined,
  target: NumberMatch | undefined,
  money: Money,
): Judged {
  const cost = costVerdict(r.uiLang, main, target, money, r.channels);
  const { result } = judged;
  if (
    !cost ||
    !(
      result.status === 'unknown' ||
      (cost.status !== result.status && worse(result.status, cost.status) === cost.status)
    )
  )
    return judged;
  if (cost.reason.key === 'smart.A.capacity.missing' && target && money.budget && money.cost) {
    const max = Math.floor(money.budget.value / money.cost.value);
    if (max > 0) return { result: cost, realistic: { match: target, value: max } };
  }
  return { result: cost };
}

/** Promises that scatter effort ("every network", "go viral") or lack means ("no budget"). */
function withPromises(r: Reading, judged: Judged, months: number | undefined, target: NumberMatch | undefined): Judged {
  const overreach = findAll(r.text, r.folded, wordRe(r.rules.overreach));
  const { result } = judged;
  const noMeans = overreach.filter((o) => /budget/.test(fold(o.text)));
  if (noMeans.length && months === undefined && target && result.status !== 'missing') {
    // "Without a budget or a deadline": nothing to reach the target with, and no end to judge a pace by.
    const spans = [...noMeans, target];
    return {
      result: verdict(
        'achievable',
        'missing',
        spans,
        { key: 'smart.A.noMeans', vars: { words: r.q(spans) } },
        'smart.A.focus',
      ),
    };
  }
  if (overreach.length && result.status !== 'missing') {
    const reason = { key: 'smart.A.overreach', vars: { words: r.q(overreach) } };
    const next = verdict(
      'achievable',
      worse(result.status, 'partial'),
      [...overreach, ...result.spans],
      reason,
      'smart.A.focus',
    );
    return {
      result: result.link ? { ...next, link: result.link } : next,
      ...(judged.realistic ? { realistic: judged.realistic } : {}),
    };
  }
  return judged;
}

export function judgeAchievable(r: Reading, months: number | undefined, kpi: KpiFacts): Judged {
  const main = r.metric ?? r.main;
  // Amounts are a budget or a cost per result only when the metric is a result bought one by one;
  // "cut the cost per lead from $35 to $20" is a level from A to B.
  const money = main && PAID_RESULTS.has(main.term.id) ? findMoney(r.folded, r.rules, r.quantities) : {};
  const figures = extractFigures(r.folded, r.rules, r.quantities, money);
  let judged = judgeFigures(r, figures, months, main, kpi);
  judged = withMoney(r, judged, main, figures.target, money);
  judged = withPromises(r, judged, months, figures.target);
  const benchmark = main ? kpi.benchmarks[main.term.id] : undefined;
  if (benchmark && !judged.result.benchmark) judged = { ...judged, result: { ...judged.result, benchmark } };
  return judged;
}
