/**
 * The SMART checker: transparent rules, no network, no language model. Every verdict names the
 * words it rests on (as ranges of the text, so the page can highlight them) and, when a
 * criterion is not met, says what to add. Messages are i18n keys (`smart.*`) with their values.
 * The words of each language come from rules.ts's registry: import fr.ts / en.ts (or analyze.ts,
 * which loads both) before analysing.
 */
import { kpiIds } from '../kpi/ids';
import { boundedKpiIds, kpiBenchmarks } from '../kpi/smart';
import type { Criterion, Message, Status } from './criteria';
import { sanitizeObjective } from './input';
import { HARD_GOALS, NETWORKS, STOPWORDS, TERMS, type Goal, type Lang, type Term } from './lexicon';
import { findQuantities, findTimes, type NumberMatch, type TimeMatch, type Unit } from './quantities';
import { hasRules, rulesFor } from './rules';
import { findAll, fold, overlaps, tidySpans, wordRegex, type Match } from './text';
import { formatCurrency, formatNumber as formatLocaleNumber, formatPercentUpTo } from '../numbers';

export { CRITERIA, STATUSES, type Criterion, type Message, type Status } from './criteria';

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

// ---------------------------------------------------------------- helpers

const cache = new Map<string, RegExp>();
function re(source: string): RegExp {
  let r = cache.get(source);
  if (!r) cache.set(source, (r = wordRegex(source)));
  return r;
}

/** A non-global expression, compiled once (the language's patterns are built on first use). */
const plain = new Map<string, RegExp>();
function rx(source: string, flags = 'u'): RegExp {
  const key = `${flags}/${source}`;
  let r = plain.get(key);
  if (!r) plain.set(key, (r = new RegExp(source, flags)));
  return r;
}

export function quote(words: string[], lang: Lang): string {
  const uniq = [...new Set(words.map((w) => w.trim()).filter(Boolean))];
  return uniq.map((w) => (lang === 'fr' ? `«\u00a0${w}\u00a0»` : `“${w}”`)).join(', ');
}

export function formatNumber(value: number, lang: Lang, digits = 1): string {
  return formatLocaleNumber(value, lang, digits);
}

function percent(value: number, lang: Lang): string {
  return formatPercentUpTo(value * 100, lang, 1);
}

/** French or English, from stop words and accents; ties go to the page's language. */
export function detectLanguage(text: string, fallback: Lang): Lang {
  const tokens = fold(text)
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const fr = new Set(STOPWORDS.fr.split('|'));
  const en = new Set(STOPWORDS.en.split('|'));
  let score = Math.min(3, (text.match(/[éèêàçùâîôûœ«»]/gi) ?? []).length);
  for (const t of tokens) score += (fr.has(t) ? 1 : 0) - (en.has(t) ? 1 : 0);
  return score > 0 ? 'fr' : score < 0 ? 'en' : fallback;
}

export function findTerms(original: string, folded: string, lang: Lang): TermMatch[] {
  const all: TermMatch[] = [];
  const patterns = rulesFor(lang).terms;
  TERMS.forEach((term, i) => {
    for (const m of findAll(original, folded, re(patterns[i] ?? ''))) {
      if (!all.some((a) => a.start <= m.start && a.end >= m.end)) all.push({ ...m, term });
    }
  });
  // Drop a match inside a longer one ("engagement" inside "taux d'engagement").
  return tidySpans(all).filter(
    (m, _i, list) =>
      !list.some((o) => o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start),
  );
}

const NETWORK_RE = new RegExp(
  `^(?:${Object.keys(NETWORKS).join('|')}|insta|google|meta|twitter|reddit|bluesky|mastodon|twitch|messenger|stories|story|reels?|shorts)$`,
);

const X_RE = /(?<![\p{L}\p{N}])(?<!\d )X(?![\p{L}\p{N}])(?! ?\d)/gu;

export function findChannels(original: string, folded: string, lang: Lang, terms: TermMatch[] = []): Match[] {
  const out = findAll(original, folded, re(rulesFor(lang).channels));
  for (const m of original.matchAll(X_RE)) out.push({ start: m.index, end: m.index + 1, text: 'X' });
  // An audience word inside a metric ("beat competitors") is not a second piece of information;
  // a network or a format inside it ("Story exit rate") is.
  return tidySpans(out).filter((c) => NETWORK_RE.test(fold(c.text)) || !terms.some((t) => overlaps(t, c)));
}

function pairOf(folded: string, lang: Lang, a: NumberMatch, b: NumberMatch): boolean {
  const { between, lead } = rulesFor(lang);
  return between.test(folded.slice(a.end, b.start)) && lead.test(folded.slice(Math.max(0, a.start - 10), a.start));
}

const worse = (a: Status, b: Status): Status => {
  const rank: Record<Status, number> = { met: 0, unknown: 1, partial: 2, missing: 3 };
  return rank[a] >= rank[b] ? a : b;
};

/** Metrics whose value is a level (a rate, a cost, a time), not an audience that compounds. */
const LEVEL_METRICS = new Set<string>([...kpiIds, 'reviews', 'response', 'satisfaction']);
/** Shares that cannot exceed 100 %: the bounded KPIs (their modules say which), and two more. */
const BOUNDED_METRICS = new Set([...boundedKpiIds(), 'response', 'open-rate']);
/** The benchmark of each KPI (from its module), and of two plain metrics. */
const BENCHMARKS: Record<string, string> = {
  ...kpiBenchmarks(),
  engagement: 'smart.bench.engagement',
  followers: 'smart.bench.growth',
};

// ---------------------------------------------------------------- achievable

export interface Pace {
  /** Target ÷ baseline (or the multiplier, or 1 + relative change). */
  factor: number;
  /** Months to the deadline, when known. */
  months?: number;
  /** Compounded growth per month (audiences), when the period is known. */
  monthly?: number;
  /** 'level' for rates, costs and times; 'count' for audiences and volumes. */
  mode: 'level' | 'count';
}

/**
 * Thresholds of the Achievable criterion. FACTS.md has no cross-platform benchmark for audience
 * growth (§2, "Audience growth rate": compare with your own months), so these judge only what
 * needs no benchmark; each says why.
 */
export const PACE = {
  /** Up to +20 % a month, compounded, is a pace small accounts do reach with steady work: met. */
  metMonthly: 0.2,
  /** Up to +50 % a month is possible for a short push (a campaign, a launch), not a plan: partial. */
  partialMonthly: 0.5,
  /**
   * A change of ±10 % at most needs no period to be judged: at the met pace it takes about half a
   * month, so any usual horizon fits it.
   */
  smallChange: 1.1,
  /** A level (rate, cost, time) moved more than ×6 is not a plan but a different business: missing. */
  levelMissing: 6,
  /** A level moved more than ×3, or ×1.5 in under a month: ambitious, partial. */
  levelPartial: 3,
  /** ×50 or more is unrealistic whatever the period. */
  absurd: 50,
} as const;

/** Judges a change: the rule shared by the checker and the builder. */
export function judgePace(pace: Pace): Status {
  const { factor, months, mode } = pace;
  if (!(factor > 0) || !Number.isFinite(factor)) return 'unknown';
  const f = Math.max(factor, 1 / factor);
  const noPeriod = months === undefined || months <= 0;
  if (mode === 'level' || factor < 1) {
    if (f > PACE.levelMissing) return 'missing';
    if (noPeriod) return f <= PACE.smallChange ? 'met' : 'unknown';
    if (f > PACE.levelPartial || (months < 1 && f > 1.5)) return 'partial';
    return 'met';
  }
  if (noPeriod) return f > PACE.absurd ? 'missing' : f <= PACE.smallChange ? 'met' : 'unknown';
  const g = monthlyGrowth(factor, months);
  return g <= PACE.metMonthly ? 'met' : g <= PACE.partialMonthly ? 'partial' : 'missing';
}

export function monthlyGrowth(factor: number, months: number): number {
  return Math.pow(factor, 1 / Math.max(months, 0.25)) - 1;
}

interface Numbers {
  /** The target is an increment ("gagner 500 abonnés") over the baseline. */
  gain?: boolean;
  baseline?: NumberMatch;
  target?: NumberMatch;
  relative?: NumberMatch;
  multiplier?: NumberMatch;
}

interface Numbers {
  /** The target is an increment ("gagner 500 abonnés") over the baseline. */
  gain?: boolean;
  baseline?: NumberMatch;
  target?: NumberMatch;
  relative?: NumberMatch;
  multiplier?: NumberMatch;
}

/** After a number, words that make it the current value: « (2 000 aujourd'hui) », "(800 now)". */
const BASELINE_AFTER =
  /^[^\d()]{0,28}?(?<![\p{L}])(?:aujourd'hui|actuellement|en ce moment|today|now|currently|at present)(?![\p{L}])/u;

function extractNumbers(folded: string, lang: Lang, quantities: NumberMatch[], money: Money = {}): Numbers {
  const skip = new Set([money.budget, money.cost].filter(Boolean));
  const nums = quantities.filter((q) => (q.kind === 'number' || q.kind === 'words') && !q.ambiguous && !skip.has(q));
  const out: Numbers = {};
  const multiplier = quantities.find((q) => q.kind === 'multiplier');
  if (multiplier) out.multiplier = multiplier;
  for (let i = 0; i + 1 < nums.length; i++) {
    const a = nums[i];
    const b = nums[i + 1];
    if (a && b && pairOf(folded, lang, a, b)) {
      out.baseline = a;
      out.target = b;
      return out;
    }
  }
  const rules = rulesFor(lang);
  const marker = rx(`(?:${rules.baselineMarkers}) ?:? ?$`);
  const comparative = re(rules.comparatives);
  comparative.lastIndex = 0;
  const hasVerb = comparative.test(folded);
  for (const n of nums) {
    const before = folded.slice(Math.max(0, n.start - 30), n.start);
    const after = folded.slice(n.end, n.end + 40);
    if (!out.baseline && (marker.test(before) || BASELINE_AFTER.test(after))) out.baseline = n;
    else if (
      !out.relative &&
      n.unit === 'percent' &&
      ((n.signed && n.value > 0) ||
        (hasVerb && /(?:de|by|of) $/.test(before)) ||
        /^ ?(?:d[e'] ?[\p{L}' ]{0,30}?)?(?:en plus|de plus|supplementaires|more|extra)(?![\p{L}])/u.test(after))
    )
      out.relative = n;
    else if (!out.target) out.target = n;
  }
  const { baseline, target } = out;
  if (baseline && target && !baseline.signed) {
    const gain = rx(`(?:^|[^\\p{L}])(?:${rules.gain})`);
    if (gain.test(folded.slice(Math.max(0, target.start - 14), target.start))) out.gain = true;
  }
  return out;
}

// ---------------------------------------------------------------- money

/** Amounts of money in the objective: the budget, and a cost per result (current, or a ceiling). */
export interface Money {
  budget?: NumberMatch;
  cost?: NumberMatch;
  /** The cost is what a result costs today ("our current cost per lead is $40"), not a ceiling. */
  current?: boolean;
}

function findMoney(folded: string, lang: Lang, quantities: NumberMatch[]): Money {
  const rules = rulesFor(lang);
  const costRe = rx(`(?:${rules.costPer})`);
  const budgetRe = rx(`(?:${rules.budget})`);
  const currentRe = rx(`(?<![\\p{L}])(?:${rules.current})(?![\\p{L}])`);
  const out: Money = {};
  for (const q of quantities) {
    if (q.unit !== 'currency' || q.ambiguous || !(q.value > 0)) continue;
    const before = folded.slice(Math.max(0, q.start - 40), q.start);
    const after = folded.slice(q.end, q.end + 22);
    if (!out.cost && costRe.test(before)) {
      out.cost = q;
      out.current = currentRe.test(before) || currentRe.test(after);
    } else if (
      !out.budget &&
      (budgetRe.test(before.slice(-18)) || budgetRe.test(after) || /(?:avec|with) (?:un |une |a |an )?$/.test(before))
    )
      out.budget = q;
  }
  return out;
}

/** Results that a budget buys one by one: sales, leads, bookings, demos, hires, customers won back. */
const PAID_RESULTS = new Set(['sales', 'leads', 'recruitment', 'winback', 'traffic']);

/**
 * Below one unit of currency (1 €, $1, £1) per sale, lead, booking or demo, a paid result is out of
 * reach whatever the platform: even the cheapest ad clicks cost tens of cents (FACTS.md §2, CPC:
 * Facebook traffic campaigns $0.70, WordStream/LocaliQ 2025) and only a fraction of clicks convert.
 * This needs no benchmark in the objective's currency.
 */
export const MIN_COST_PER_RESULT = 1;

/**
 * FACTS.md §2, "Conversion rate / CPA / CPL": Facebook lead campaigns 2025, median cost per lead
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
  const currency = q.currency ?? (uiLang === 'fr' ? 'EUR' : 'USD');
  return formatCurrency(value, uiLang, currency);
}

function costVerdict(
  uiLang: Lang,
  main: TermMatch | undefined,
  target: NumberMatch | undefined,
  money: Money,
  channels: Match[],
): CriterionResult | undefined {
  if (!main || !PAID_RESULTS.has(main.term.id)) return undefined;
  const { budget, cost, current } = money;
  const metaOrNone = !channels.some(
    (c) => NETWORK_RE.test(fold(c.text)) && !/facebook|instagram|meta|messenger/.test(fold(c.text)),
  );
  const benchFits = (q: NumberMatch) => main.term.id === 'leads' && q.currency === CPL_BENCHMARK.currency && metaOrNone;
  const benchOf = (value: number): Status =>
    value < CPL_BENCHMARK.value * CPL_FLOOR.missing
      ? 'missing'
      : value < CPL_BENCHMARK.value * CPL_FLOOR.partial
        ? 'partial'
        : 'met';
  const count = target && target.unit === 'count' && target.value >= 1 ? target : undefined;
  if (count && budget && cost && current) {
    const max = Math.floor(budget.value / cost.value);
    const status: Status = count.value > max ? 'missing' : 'met';
    return {
      criterion: 'achievable',
      status,
      spans: [count, budget, cost],
      reason: {
        key: `smart.A.capacity.${status}`,
        vars: {
          budget: quote([budget.text], uiLang),
          cost: quote([cost.text], uiLang),
          max: formatNumber(max, uiLang, 0),
          words: quote([count.text], uiLang),
        },
      },
      ...(status === 'missing' ? { suggestion: { key: 'smart.A.capacity.fix' } } : {}),
    };
  }
  if (count && budget) {
    const each = budget.value / count.value;
    const vars = {
      words: quote([count.text], uiLang),
      budget: quote([budget.text], uiLang),
      cost: moneyText(budget, each, uiLang),
    };
    if (each < MIN_COST_PER_RESULT)
      return {
        criterion: 'achievable',
        status: 'missing',
        spans: [count, budget],
        reason: { key: 'smart.A.cents', vars },
        suggestion: { key: 'smart.A.cents.fix' },
      };
    if (benchFits(budget)) {
      const status = benchOf(each);
      return {
        criterion: 'achievable',
        status,
        spans: [count, budget],
        reason: { key: `smart.A.cpl.${status}`, vars },
        benchmark: CPL_BENCHMARK.key,
        ...(status !== 'met' ? { suggestion: { key: 'smart.A.cents.fix' } } : {}),
      };
    }
    return {
      criterion: 'achievable',
      status: 'met',
      spans: [count, budget],
      reason: { key: 'smart.A.cost.met', vars },
    };
  }
  if (cost && !current && benchFits(cost)) {
    const status = benchOf(cost.value);
    return {
      criterion: 'achievable',
      status,
      spans: [cost],
      reason: { key: `smart.A.cap.${status}`, vars: { cost: quote([cost.text], uiLang) } },
      benchmark: CPL_BENCHMARK.key,
      ...(status !== 'met' ? { suggestion: { key: 'smart.A.cents.fix' } } : {}),
    };
  }
  return undefined;
}

// ---------------------------------------------------------------- achievable

interface Judged {
  result: CriterionResult;
  /** A target the same pace rules rate met, when the objective's target fails them. */
  realistic?: { match: NumberMatch; value: number };
}

function achievable(
  text: string,
  folded: string,
  lang: Lang,
  uiLang: Lang,
  quantities: NumberMatch[],
  months: number | undefined,
  main: TermMatch | undefined,
  channels: Match[],
): Judged {
  // Amounts are a budget or a cost per result only when the metric is a result bought one by one;
  // "cut the cost per lead from $35 to $20" is a level from A to B.
  const money = main && PAID_RESULTS.has(main.term.id) ? findMoney(folded, lang, quantities) : {};
  const { baseline, target, relative, multiplier, gain } = extractNumbers(folded, lang, quantities, money);
  const overreach = findAll(text, folded, re(rulesFor(lang).overreach));
  const benchmark = main ? BENCHMARKS[main.term.id] : undefined;
  const withBench = (r: CriterionResult): CriterionResult => (benchmark && !r.benchmark ? { ...r, benchmark } : r);
  const decreaseRe = re('reduire|baisser|diminuer|reduce|cut|lower|decrease|shrink');
  decreaseRe.lastIndex = 0;
  const decrease = decreaseRe.test(folded);
  let realistic: Judged['realistic'];

  let factor: number | undefined;
  let targetValue = target?.value;
  if (gain && target && baseline) {
    targetValue = baseline.value + target.value;
    factor = baseline.value === 0 ? Infinity : targetValue / baseline.value;
  } else if (baseline && target) factor = baseline.value === 0 ? Infinity : target.value / baseline.value;
  else if (relative) {
    factor = 1 + (decrease ? -1 : 1) * (relative.value / 100);
    if (baseline) targetValue = baseline.value * factor;
  } else if (multiplier) factor = multiplier.value;

  const used = [baseline, target, relative, multiplier].filter((x): x is NumberMatch => Boolean(x));
  const levelMetric = main ? LEVEL_METRICS.has(main.term.id) : false;
  const unitLevel = [baseline, target].some((n) => n && n.unit !== 'count');
  const mode: Pace['mode'] = unitLevel || levelMetric || baseline?.signed ? 'level' : 'count';

  let result: CriterionResult;
  if (
    target &&
    target.unit === 'percent' &&
    target.value > 100 &&
    !relative &&
    main &&
    BOUNDED_METRICS.has(main.term.id)
  ) {
    result = {
      criterion: 'achievable',
      status: 'missing',
      spans: [target],
      reason: { key: 'smart.A.bounded', vars: { words: quote([target.text], uiLang) } },
      suggestion: { key: 'smart.A.lower' },
    };
  } else if (baseline && baseline.value === 0 && !relative) {
    result = {
      criterion: 'achievable',
      status: 'unknown',
      spans: [baseline],
      reason: { key: 'smart.A.zero', vars: { words: quote([baseline.text], uiLang) } },
      suggestion: { key: 'smart.A.compare' },
    };
  } else if (factor !== undefined) {
    const pace: Pace = { factor, mode, ...(months !== undefined ? { months } : {}) };
    const status = judgePace(pace);
    const f = Math.max(factor, 1 / factor);
    const vars: Record<string, string> = {
      words: quote(
        used.map((u) => u.text),
        uiLang,
      ),
      factor: formatNumber(f, uiLang, f < 10 ? 2 : 0),
      months: months === undefined ? '' : formatNumber(months, uiLang),
    };
    let key: string;
    if (months === undefined)
      key = status === 'missing' ? 'smart.A.absurd' : status === 'met' ? 'smart.A.small' : 'smart.A.noPeriod';
    else if (mode === 'count' && factor >= 1) {
      vars.monthly = percent(monthlyGrowth(factor, months), uiLang);
      key = `smart.A.count.${status}`;
    } else key = `smart.A.level.${status}`;
    result = { criterion: 'achievable', status, spans: used, reason: { key, vars } };
    if (status === 'unknown') result.suggestion = { key: 'smart.A.addPeriod' };
    else if (status !== 'met') result.suggestion = { key: 'smart.A.lower' };
    if (baseline && targetValue !== undefined && mode === 'count' && !baseline.signed && baseline.value > 0) {
      result.link = `/${uiLang}/tools/audience-growth/?start=${Math.round(baseline.value)}&end=${Math.round(targetValue)}`;
    }
    // A realistic target at the met pace, to propose in the improved version (counts only).
    if (status === 'missing' && mode === 'count' && factor > 1 && baseline && target && months !== undefined) {
      const total = realisticTotal(baseline.value, months);
      const value = gain ? total - baseline.value : total;
      if (value > 0 && total > baseline.value) realistic = { match: target, value };
    }
  } else if (target || used.length) {
    result = {
      criterion: 'achievable',
      status: 'unknown',
      spans: used,
      reason: {
        key: months === undefined ? 'smart.A.noBaselineNoPeriod' : 'smart.A.noBaseline',
        vars: {
          words: quote(
            used.map((u) => u.text),
            uiLang,
          ),
        },
      },
      suggestion: { key: months === undefined ? 'smart.A.addAll' : 'smart.A.addBaseline' },
    };
  } else {
    result = {
      criterion: 'achievable',
      status: 'unknown',
      spans: [],
      reason: { key: 'smart.A.nothing' },
      suggestion: { key: 'smart.A.addAll' },
    };
  }

  // What the money says: a cost per result out of reach outweighs any pace; where the pace
  // cannot be judged, the cost decides.
  const cost = costVerdict(uiLang, main, target, money, channels);
  if (
    cost &&
    (result.status === 'unknown' ||
      (cost.status !== result.status && worse(result.status, cost.status) === cost.status))
  ) {
    realistic = undefined;
    if (cost.reason.key === 'smart.A.capacity.missing' && target && money.budget && money.cost) {
      const max = Math.floor(money.budget.value / money.cost.value);
      if (max > 0) realistic = { match: target, value: max };
    }
    result = cost;
  }

  const noMeans = overreach.filter((o) => /budget/.test(fold(o.text)));
  if (noMeans.length && months === undefined && target && result.status !== 'missing') {
    // "Without a budget or a deadline": nothing to reach the target with, and no end to judge a pace by.
    result = {
      criterion: 'achievable',
      status: 'missing',
      spans: [...noMeans, target],
      reason: {
        key: 'smart.A.noMeans',
        vars: {
          words: quote(
            [...noMeans, target].map((o) => o.text),
            uiLang,
          ),
        },
      },
      suggestion: { key: 'smart.A.focus' },
    };
    realistic = undefined;
  } else if (overreach.length && result.status !== 'missing') {
    result = {
      criterion: 'achievable',
      status: worse(result.status, 'partial'),
      spans: [...overreach, ...result.spans],
      reason: {
        key: 'smart.A.overreach',
        vars: {
          words: quote(
            overreach.map((o) => o.text),
            uiLang,
          ),
        },
      },
      suggestion: { key: 'smart.A.focus' },
      ...(result.link ? { link: result.link } : {}),
    };
  }
  return { result: withBench(result), ...(realistic ? { realistic } : {}) };
}

/** The highest total reached from `baseline` at the met pace over `months`, rounded down to two significant digits. */
function realisticTotal(baseline: number, months: number): number {
  const raw = baseline * Math.pow(1 + PACE.metMonthly, Math.max(months, 0.25));
  const magnitude = Math.pow(10, Math.max(0, Math.floor(Math.log10(raw)) - 1));
  return Math.floor(raw / magnitude) * magnitude;
}

// ---------------------------------------------------------------- main

/** Analyses an objective (any outside string) against the five SMART criteria. Never throws. */
export function analyzeObjective(raw: unknown, options: AnalyzeOptions): Analysis {
  const uiLang = options.lang;
  const now = options.now ?? new Date();
  const text = sanitizeObjective(raw);
  const detected = detectLanguage(text, uiLang);
  // A language whose rules are not loaded yet (see loadRules) is read with the other one's.
  const lang = hasRules(detected) ? detected : rulesFor(detected).lang;
  const rules = rulesFor(lang);
  const folded = fold(text);
  const q = (words: Match[]) =>
    quote(
      words.map((w) => w.text),
      uiLang,
    );

  const times = findTimes(text, folded, lang, now);
  const terms = findTerms(text, folded, lang);
  const channels = findChannels(text, folded, lang, terms);
  const quantities = findQuantities(text, folded, lang, [
    ...times.filter((t) => t.kind === 'time'),
    ...channels.filter((c) => /\d/.test(c.text)),
  ]);

  const first = (source: string): number => {
    const r = re(source);
    r.lastIndex = 0;
    const m = r.exec(folded);
    return m ? m.index : text.length;
  };
  const purposeAt = first(rules.purpose);
  const statementAt = (() => {
    const m = rx(rules.goalStatement).exec(folded);
    return m ? m.index : text.length;
  })();
  const contextRe = re(rules.goalContext);
  contextRe.lastIndex = 0;
  const parenthesis = folded.indexOf('(');
  const contextMatch = contextRe.exec(folded);
  const contextStart = Math.min(
    parenthesis < 0 ? text.length : parenthesis,
    contextMatch ? contextMatch.index : text.length,
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

  // Specific: one metric, and where it happens; a business result needs no network.
  let specific: CriterionResult;
  if (metric && metric.term.business && !channels.length) {
    specific = {
      criterion: 'specific',
      status: 'met',
      spans: [metric],
      reason: { key: 'smart.S.business', vars: { metric: q([metric]) } },
    };
  } else if (metric && channels.length && metric.term.vanity && networks.size >= 3) {
    specific = {
      criterion: 'specific',
      status: 'partial',
      spans: [metric, ...channels],
      reason: { key: 'smart.S.scattered', vars: { metric: q([metric]), channel: q(channels) } },
      suggestion: { key: 'smart.S.oneNetwork' },
    };
  } else if (metric && channels.length) {
    specific = {
      criterion: 'specific',
      status: 'met',
      spans: [...terms.filter(isMetric), ...channels],
      reason: { key: 'smart.S.met', vars: { metric: q(terms.filter(isMetric)), channel: q(channels) } },
    };
  } else if (metric) {
    specific = {
      criterion: 'specific',
      status: 'partial',
      spans: [metric],
      reason: { key: 'smart.S.metricOnly', vars: { metric: q([metric]) } },
      suggestion: { key: 'smart.S.addChannel' },
    };
  } else if (channels.length) {
    specific = {
      criterion: 'specific',
      status: 'partial',
      spans: channels,
      reason: { key: 'smart.S.channelOnly', vars: { channel: q(channels) } },
      suggestion: { key: 'smart.S.addMetric' },
    };
  } else {
    specific = {
      criterion: 'specific',
      status: 'missing',
      spans: [],
      reason: { key: terms.length ? 'smart.S.aimOnly' : 'smart.S.missing', vars: { words: q(terms) } },
      suggestion: { key: 'smart.S.addBoth' },
    };
  }

  // Measurable
  let measurable: CriterionResult;
  const targets = quantities.filter((n) => n.kind !== 'frequency');
  const clear = targets.filter((n) => !n.ambiguous);
  const ambiguous = targets.filter((n) => n.ambiguous);
  const frequencies = quantities.filter((n) => n.kind === 'frequency');
  const comparatives = findAll(text, folded, re(rules.comparatives));
  if (ambiguous.length) {
    measurable = {
      criterion: 'measurable',
      status: 'partial',
      spans: ambiguous,
      reason: { key: 'smart.M.ambiguous', vars: { words: q(ambiguous) } },
      suggestion: { key: 'smart.M.unambiguous' },
    };
  } else if (clear.length) {
    measurable = {
      criterion: 'measurable',
      status: 'met',
      spans: clear,
      reason: { key: 'smart.M.met', vars: { words: q(clear) } },
    };
  } else if (frequencies.length) {
    measurable = {
      criterion: 'measurable',
      status: 'met',
      spans: frequencies,
      reason: { key: 'smart.M.frequency', vars: { words: q(frequencies) } },
    };
  } else if (comparatives.length) {
    measurable = {
      criterion: 'measurable',
      status: 'missing',
      spans: comparatives,
      reason: { key: 'smart.M.direction', vars: { words: q(comparatives) } },
      suggestion: { key: 'smart.M.addNumber' },
    };
  } else {
    measurable = {
      criterion: 'measurable',
      status: 'missing',
      spans: [],
      reason: { key: 'smart.M.missing' },
      suggestion: { key: 'smart.M.addNumber' },
    };
  }

  // Time-bound
  let timeBound: CriterionResult;
  // "starting in January", « à partir de janvier »: a start with no end (the words may open the span).
  const startWords = findAll(text, folded, re(rules.startOnly));
  const startOnly = (t: TimeMatch) =>
    startWords.some((w) => w.end >= t.start - 1 && w.start <= t.start + 1 && w.end <= t.end);
  const dated = times.filter((t) => t.kind === 'time');
  const deadlines = dated.filter((t) => (t.months ?? 0) > 0 && !startOnly(t));
  const starts = dated.filter((t) => (t.months ?? 0) > 0 && startOnly(t));
  const past = dated.filter((t) => (t.months ?? 0) <= 0);
  const vague = times.filter((t) => t.kind === 'vague');
  const rhythm = findAll(text, folded, re(rules.rhythm));
  const partialT = (spans: Match[], key: string): CriterionResult => ({
    criterion: 'time-bound',
    status: 'partial',
    spans,
    reason: { key, vars: { words: q(spans) } },
    suggestion: { key: 'smart.T.addDeadline' },
  });
  if (deadlines.length) {
    timeBound = {
      criterion: 'time-bound',
      status: 'met',
      spans: deadlines,
      reason: { key: 'smart.T.met', vars: { words: q(deadlines) } },
    };
  } else if (past.length) timeBound = partialT(past, 'smart.T.past');
  else if (starts.length) timeBound = partialT(starts, 'smart.T.startOnly');
  else if (rhythm.length) timeBound = partialT(rhythm, 'smart.T.rhythm');
  else if (vague.length) {
    timeBound = {
      criterion: 'time-bound',
      status: 'missing',
      spans: vague,
      reason: { key: 'smart.T.vague', vars: { words: q(vague) } },
      suggestion: { key: 'smart.T.addDeadline' },
    };
  } else {
    timeBound = {
      criterion: 'time-bound',
      status: 'missing',
      spans: [],
      reason: { key: 'smart.T.missing' },
      suggestion: { key: 'smart.T.addDeadline' },
    };
  }

  // Relevant: the purpose, not the metric, decides.
  let relevant: CriterionResult;
  const stated = terms.filter((t) => t.start >= contextStart && t !== main && t.term.goal);
  const inStatement = terms.filter((t) => t.start >= statementAt && t !== main && t.term.goal);
  const conflict = main?.term.vanity
    ? inStatement.find(
        (s) =>
          HARD_GOALS.includes(s.term.goal ?? 'awareness') &&
          !terms.some((t) => t.start < contextStart && !t.term.vanity && t.term.goal === s.term.goal),
      )
    : undefined;
  const purpose =
    purposeAt < text.length ? findAll(text, folded, re(rules.purpose)).find((m) => m.start === purposeAt) : undefined;
  const goalName = (g: Goal) => `smart.goal.${g}`;
  if (main && conflict) {
    relevant = {
      criterion: 'relevant',
      status: 'missing',
      spans: [main, conflict],
      reason: {
        key: 'smart.R.conflict',
        vars: { metric: q([main]), words: q([conflict]), goal: goalName(conflict.term.goal ?? 'awareness') },
      },
      suggestion: { key: `smart.R.useMetric.${conflict.term.goal}` },
    };
  } else if (purpose) {
    relevant = {
      criterion: 'relevant',
      status: 'met',
      spans: [purpose, ...stated],
      reason: { key: 'smart.R.purpose', vars: { words: q([purpose, ...stated]) } },
    };
  } else if (stated[0]?.term.goal && !stated[0].term.vanity) {
    relevant = {
      criterion: 'relevant',
      status: 'met',
      spans: stated,
      reason: { key: 'smart.R.stated', vars: { words: q(stated), goal: goalName(stated[0].term.goal) } },
    };
  } else if (main?.term.goal && !main.term.vanity) {
    relevant = {
      criterion: 'relevant',
      status: 'met',
      spans: [main],
      reason: { key: 'smart.R.metric', vars: { words: q([main]), goal: goalName(main.term.goal) } },
    };
  } else if (main?.term.vanity) {
    relevant = {
      criterion: 'relevant',
      status: 'partial',
      spans: [main],
      reason: { key: 'smart.R.vanity', vars: { words: q([main]) } },
      suggestion: { key: 'smart.R.addPurpose' },
    };
  } else {
    relevant = {
      criterion: 'relevant',
      status: 'missing',
      spans: main ? [main] : [],
      reason: { key: main ? 'smart.R.noGoal' : 'smart.R.missing', vars: main ? { words: q([main]) } : {} },
      suggestion: { key: 'smart.R.addGoal' },
    };
  }

  const months = deadlines.length ? Math.max(...deadlines.map((t) => t.months ?? 0)) : undefined;
  const judged = achievable(text, folded, lang, uiLang, quantities, months, metric ?? main, channels);
  const criteria = [specific, measurable, judged.result, relevant, timeBound];
  const score = criteria.reduce((s, c) => s + (c.status === 'met' ? 1 : c.status === 'partial' ? 0.5 : 0), 0);
  const analysis: Analysis = { text, lang, uiLang, criteria, score, improved: null };
  const about = metric ?? main;
  if (about) {
    const unit = extractNumbers(folded, lang, quantities).target?.unit ?? clear[0]?.unit;
    analysis.metric = unit ? { id: about.term.id, unit } : { id: about.term.id };
  }
  if (score < 5 && text.trim() !== '') {
    const rewrite = improve(analysis, {
      metric,
      conflict,
      realistic: judged.realistic,
      past: timeBound.status === 'met' ? [] : past,
      vague: timeBound.status === 'met' ? [] : vague,
      rhythm,
      starts,
      targets: clear,
    });
    if (rewrite) {
      analysis.improved = rewrite.text;
      if (rewrite.note) analysis.improvedNote = rewrite.note;
    }
  }
  return analysis;
}

// ---------------------------------------------------------------- improved version

interface Parts {
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
function improve(a: Analysis, p: Parts): { text: string; note?: Message } | null {
  const L = a.lang;
  const by = (c: Criterion) => a.criteria.find((x) => x.criterion === c)?.status ?? 'missing';
  const ph = rulesFor(L).placeholders;
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
      text: L === 'fr' ? ` sur ${ph.channel}` : ` on ${ph.channel}`,
    });
  let text = a.text;
  for (const e of edits.sort((x, y) => y.start - x.start)) text = text.slice(0, e.start) + e.text + text.slice(e.end);

  const end = /[\s.!;…]*$/.exec(text);
  let body = text.slice(0, end ? end.index : text.length);
  const add = (piece: string) => (body += piece);
  if (by('measurable') === 'missing') add(L === 'fr' ? ` (cible\u00a0: ${ph.target})` : ` (target: ${ph.target})`);
  const ach = a.criteria[2];
  if (
    by('measurable') === 'met' &&
    ach?.status === 'unknown' &&
    /noBaseline|nothing/.test(ach.reason.key) &&
    p.targets.length
  )
    add(L === 'fr' ? ` (aujourd’hui\u00a0: ${ph.baseline})` : ` (currently ${ph.baseline})`);
  if (!p.past.length && !p.vague.length && by('time-bound') !== 'met') add(` ${ph.date}`);
  if (by('relevant') !== 'met') add(L === 'fr' ? `, pour ${ph.goal}` : `, to ${ph.goal}`);
  const result = `${body}.`.replace(/ {2,}/g, ' ').trim();
  if (result === `${a.text.trim().replace(/[\s.!;…]*$/, '')}.`) return null;
  return note ? { text: result, note } : { text: result };
}

export { overlaps };
