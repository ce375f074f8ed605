/**
 * Achievable from money: a budget and a cost per result (current, or a ceiling) against the
 * target, the floor below which a paid result is out of reach, and the one benchmark of
 * docs/FACTS.md that fits a unit, a currency and a platform.
 */
import type { Status } from '../criteria';
import { NETWORK_RE } from '../find';
import { formatNumber, quote } from '../format';
import type { Lang } from '../lexicon';
import { formatCurrency } from '../../numbers';
import type { NumberMatch } from '../quantities';
import { rulesFor, type LangRules } from '../rules';
import { fold, plainRe, type Match } from '../text';
import { verdict, type CriterionResult, type TermMatch } from '../types';

/** Amounts of money in the objective: the budget, and a cost per result (current, or a ceiling). */
export interface Money {
  budget?: NumberMatch;
  cost?: NumberMatch;
  /** The cost is what a result costs today ("our current cost per lead is $40"), not a ceiling. */
  current?: boolean;
}

export function findMoney(folded: string, rules: LangRules, quantities: NumberMatch[]): Money {
  const costRe = plainRe(`(?:${rules.costPer})`);
  const budgetRe = plainRe(`(?:${rules.budget})`);
  const currentRe = plainRe(`(?<![\\p{L}])(?:${rules.current})(?![\\p{L}])`);
  const withRe = plainRe(`(?:${rules.withBefore})$`);
  const out: Money = {};
  for (const q of quantities) {
    if (q.unit !== 'currency' || q.ambiguous || !(q.value > 0)) continue;
    const before = folded.slice(Math.max(0, q.start - 40), q.start);
    const after = folded.slice(q.end, q.end + 22);
    if (!out.cost && costRe.test(before)) {
      out.cost = q;
      out.current = currentRe.test(before) || currentRe.test(after);
    } else if (!out.budget && (budgetRe.test(before.slice(-18)) || budgetRe.test(after) || withRe.test(before)))
      out.budget = q;
  }
  return out;
}

/** Results that a budget buys one by one: sales, leads, bookings, demos, hires, customers won back. */
export const PAID_RESULTS = new Set(['sales', 'leads', 'recruitment', 'winback', 'traffic']);

/**
 * Below one unit of currency (1 €, $1, £1) per sale, lead, booking or demo, a paid result is out of
 * reach whatever the platform: even the cheapest ad clicks cost tens of cents (docs/FACTS.md §2, CPC:
 * Facebook traffic campaigns $0.70, WordStream/LocaliQ 2025) and only a fraction of clicks convert.
 * This needs no benchmark in the objective's currency.
 */
export const MIN_COST_PER_RESULT = 1;

/**
 * docs/FACTS.md §2, "Conversion rate / CPA / CPL": Facebook lead campaigns 2025, median cost per lead
 * $27.66 (WordStream/LocaliQ, US). Used only for leads in US dollars on Meta's apps (or no network
 * named), the only currency, unit and platform it was measured in.
 */
export const CPL_BENCHMARK = { value: 27.66, currency: 'USD', key: 'smart.bench.cpa' } as const;
/**
 * A cost per lead under a quarter of that median is judged out of reach: half of the campaigns in
 * the sample paid more than the median, and a whole campaign paying a quarter of it would be an
 * exception, not a plan. Between a quarter and a half: ambitious (partial).
 */
export const CPL_FLOOR = { missing: 0.25, partial: 0.5 } as const;

function moneyText(q: NumberMatch, value: number, uiLang: Lang): string {
  return formatCurrency(value, uiLang, q.currency ?? rulesFor(uiLang).currency);
}

/** Leads bought on Meta's apps (or no network named) in US dollars: the benchmark's own terms. */
function benchmarkFits(main: TermMatch, q: NumberMatch, channels: Match[]): boolean {
  const metaOrNone = !channels.some(
    (c) => NETWORK_RE.test(fold(c.text)) && !/facebook|instagram|meta|messenger/.test(fold(c.text)),
  );
  return main.term.id === 'leads' && q.currency === CPL_BENCHMARK.currency && metaOrNone;
}

function benchmarkStatus(value: number): Status {
  if (value < CPL_BENCHMARK.value * CPL_FLOOR.missing) return 'missing';
  return value < CPL_BENCHMARK.value * CPL_FLOOR.partial ? 'partial' : 'met';
}

/** A budget for a count of results: a few cents each is out of reach; leads are compared with the benchmark. */
function budgetVerdict(uiLang: Lang, main: TermMatch, count: NumberMatch, budget: NumberMatch, channels: Match[]) {
  const each = budget.value / count.value;
  const spans = [count, budget];
  const vars = {
    words: quote([count.text], uiLang),
    budget: quote([budget.text], uiLang),
    cost: moneyText(budget, each, uiLang),
  };
  if (each < MIN_COST_PER_RESULT)
    return verdict('achievable', 'missing', spans, { key: 'smart.A.cents', vars }, 'smart.A.cents.fix');
  if (benchmarkFits(main, budget, channels)) {
    const status = benchmarkStatus(each);
    const fix = status !== 'met' ? 'smart.A.cents.fix' : undefined;
    return {
      ...verdict('achievable', status, spans, { key: `smart.A.cpl.${status}`, vars }, fix),
      benchmark: CPL_BENCHMARK.key,
    };
  }
  return verdict('achievable', 'met', spans, { key: 'smart.A.cost.met', vars });
}

export function costVerdict(
  uiLang: Lang,
  main: TermMatch | undefined,
  target: NumberMatch | undefined,
  money: Money,
  channels: Match[],
): CriterionResult | undefined {
  if (!main || !PAID_RESULTS.has(main.term.id)) return undefined;
  const { budget, cost, current } = money;
  const count = target && target.unit === 'count' && target.value >= 1 ? target : undefined;
  if (count && budget && cost && current) {
    // A current cost per result: how many results the budget buys.
    const max = Math.floor(budget.value / cost.value);
    const status: Status = count.value > max ? 'missing' : 'met';
    const vars = {
      budget: quote([budget.text], uiLang),
      cost: quote([cost.text], uiLang),
      max: formatNumber(max, uiLang, 0),
      words: quote([count.text], uiLang),
    };
    const fix = status === 'missing' ? 'smart.A.capacity.fix' : undefined;
    return verdict('achievable', status, [count, budget, cost], { key: `smart.A.capacity.${status}`, vars }, fix);
  }
  if (count && budget) return budgetVerdict(uiLang, main, count, budget, channels);
  if (cost && !current && benchmarkFits(main, cost, channels)) {
    // A ceiling on the cost per lead, compared with the benchmark.
    const status = benchmarkStatus(cost.value);
    const reason = { key: `smart.A.cap.${status}`, vars: { cost: quote([cost.text], uiLang) } };
    const fix = status !== 'met' ? 'smart.A.cents.fix' : undefined;
    return { ...verdict('achievable', status, [cost], reason, fix), benchmark: CPL_BENCHMARK.key };
  }
  return undefined;
}
