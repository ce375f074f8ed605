/**
 * The SMART checker: transparent rules, no network, no language model. Every verdict names the
 * words it rests on (as ranges of the text, so the page can highlight them) and, when a
 * criterion is not met, says what to add. Messages are i18n keys (`smart.*`) with their values.
 * The words of each language come from rules.ts's registry: import fr.ts / en.ts (or analyze.ts,
 * which loads both) before analysing.
 */
import { kpiIds } from '../kpi/ids';
import type { Criterion, Message, Status } from './criteria';
import { sanitizeObjective } from './input';
import { HARD_GOALS, NETWORKS, STOPWORDS, TERMS, type Goal, type Lang, type Term } from './lexicon';
import { findQuantities, findTimes, type NumberMatch, type TimeMatch } from './quantities';
import { hasRules, rulesFor } from './rules';
import { findAll, fold, overlaps, tidySpans, wordRegex, type Match } from './text';

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
  /** A rewrite of the objective in its own language, or null when it already meets all five. */
  improved: string | null;
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

export function quote(words: string[], lang: Lang): string {
  const uniq = [...new Set(words.map((w) => w.trim()).filter(Boolean))];
  return uniq.map((w) => (lang === 'fr' ? `«\u00a0${w}\u00a0»` : `“${w}”`)).join(', ');
}

export function formatNumber(value: number, lang: Lang, digits = 1): string {
  return new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en', { maximumFractionDigits: digits }).format(value);
}

function percent(value: number, lang: Lang): string {
  return lang === 'fr' ? `${formatNumber(value * 100, lang)}\u00a0%` : `${formatNumber(value * 100, lang)}%`;
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
/** Shares that cannot exceed 100 %. */
const BOUNDED_METRICS = new Set(['share-of-voice', 'conversion-rate', 'story-completion', 'ctr', 'response']);
const BENCHMARKS: Record<string, string> = {
  'engagement-rate': 'smart.bench.engagement',
  engagement: 'smart.bench.engagement',
  'reach-rate': 'smart.bench.reach',
  ctr: 'smart.bench.ctr',
  cpc: 'smart.bench.cpc',
  cpm: 'smart.bench.cpm',
  cpa: 'smart.bench.cpa',
  roi: 'smart.bench.roas',
  'story-completion': 'smart.bench.stories',
  followers: 'smart.bench.growth',
  'audience-growth': 'smart.bench.growth',
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

/** Judges a change: the rule shared by the checker and the builder. */
export function judgePace(pace: Pace): Status {
  const { factor, months, mode } = pace;
  if (!(factor > 0) || !Number.isFinite(factor)) return 'unknown';
  const f = Math.max(factor, 1 / factor);
  if (mode === 'level' || factor < 1) {
    if (f > 6) return 'missing';
    if (months === undefined || months <= 0) return 'unknown';
    if (f > 3 || (months < 1 && f > 1.5)) return 'partial';
    return 'met';
  }
  if (months === undefined || months <= 0) return f > 50 ? 'missing' : 'unknown';
  const g = monthlyGrowth(factor, months);
  return g <= 0.2 ? 'met' : g <= 0.5 ? 'partial' : 'missing';
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

function extractNumbers(folded: string, lang: Lang, quantities: NumberMatch[]): Numbers {
  const nums = quantities.filter((q) => q.kind === 'number' || q.kind === 'words');
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
  const marker = new RegExp(`(?:${rules.baselineMarkers}) ?:? ?$`);
  const comparative = re(rules.comparatives);
  comparative.lastIndex = 0;
  const hasVerb = comparative.test(folded);
  for (const n of nums) {
    const before = folded.slice(Math.max(0, n.start - 30), n.start);
    if (!out.baseline && marker.test(before)) out.baseline = n;
    else if (
      !out.relative &&
      n.unit === 'percent' &&
      ((n.signed && n.value > 0) || (hasVerb && /(?:de|by|of) $/.test(before)))
    )
      out.relative = n;
    else if (!out.target) out.target = n;
  }
  const { baseline, target } = out;
  if (baseline && target && !baseline.signed) {
    const gain = new RegExp(`(?:^|[^\\p{L}])(?:${rules.gain})`, 'u');
    if (gain.test(folded.slice(Math.max(0, target.start - 14), target.start))) out.gain = true;
  }
  return out;
}

function achievable(
  text: string,
  folded: string,
  lang: Lang,
  uiLang: Lang,
  quantities: NumberMatch[],
  times: TimeMatch[],
  main: TermMatch | undefined,
): CriterionResult {
  const { baseline, target, relative, multiplier, gain } = extractNumbers(folded, lang, quantities);
  const deadlines = times.filter((t) => t.kind === 'time' && (t.months ?? 0) > 0);
  const months = deadlines.length ? Math.max(...deadlines.map((t) => t.months ?? 0)) : undefined;
  const overreach = findAll(text, folded, re(rulesFor(lang).overreach));
  const benchmark = main ? BENCHMARKS[main.term.id] : undefined;
  const withBench = (r: CriterionResult): CriterionResult => (benchmark ? { ...r, benchmark } : r);
  const decreaseRe = re('reduire|baisser|diminuer|reduce|cut|lower|decrease|shrink');
  decreaseRe.lastIndex = 0;
  const decrease = decreaseRe.test(folded);

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
  const spans = [...used, ...deadlines];
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
    if (months === undefined) key = status === 'missing' ? 'smart.A.absurd' : 'smart.A.noPeriod';
    else if (mode === 'count' && factor >= 1) {
      vars.monthly = percent(monthlyGrowth(factor, months), uiLang);
      key = `smart.A.count.${status}`;
    } else key = `smart.A.level.${status}`;
    result = { criterion: 'achievable', status, spans, reason: { key, vars } };
    if (status === 'unknown') result.suggestion = { key: 'smart.A.addPeriod' };
    else if (status !== 'met') result.suggestion = { key: 'smart.A.lower' };
    if (baseline && targetValue !== undefined && mode === 'count' && !baseline.signed && baseline.value > 0) {
      result.link = `/${uiLang}/tools/audience-growth/?start=${Math.round(baseline.value)}&end=${Math.round(targetValue)}`;
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

  if (overreach.length && result.status !== 'missing') {
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
  return withBench(result);
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

  const contextRe = re(rulesFor(lang).goalContext);
  contextRe.lastIndex = 0;
  const parenthesis = folded.indexOf('(');
  const contextMatch = contextRe.exec(folded);
  const contextStart = Math.min(
    parenthesis < 0 ? text.length : parenthesis,
    contextMatch ? contextMatch.index : text.length,
  );
  const main = terms.find((t) => t.start < contextStart) ?? terms[0];

  // Specific
  let specific: CriterionResult;
  if (terms.length && channels.length) {
    specific = {
      criterion: 'specific',
      status: 'met',
      spans: [...terms, ...channels],
      reason: { key: 'smart.S.met', vars: { metric: q(terms), channel: q(channels) } },
    };
  } else if (terms.length) {
    specific = {
      criterion: 'specific',
      status: 'partial',
      spans: terms,
      reason: { key: 'smart.S.metricOnly', vars: { metric: q(terms) } },
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
      reason: { key: 'smart.S.missing' },
      suggestion: { key: 'smart.S.addBoth' },
    };
  }

  // Measurable
  let measurable: CriterionResult;
  const targets = quantities.filter((n) => n.kind !== 'frequency');
  const frequencies = quantities.filter((n) => n.kind === 'frequency');
  const comparatives = findAll(text, folded, re(rulesFor(lang).comparatives));
  if (targets.length) {
    measurable = {
      criterion: 'measurable',
      status: 'met',
      spans: targets,
      reason: { key: 'smart.M.met', vars: { words: q(targets) } },
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
      status: 'partial',
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
  const deadlines = times.filter((t) => t.kind === 'time');
  const vague = times.filter((t) => t.kind === 'vague');
  if (deadlines.length && deadlines.some((t) => (t.months ?? 0) > 0)) {
    timeBound = {
      criterion: 'time-bound',
      status: 'met',
      spans: deadlines,
      reason: { key: 'smart.T.met', vars: { words: q(deadlines) } },
    };
  } else if (deadlines.length) {
    timeBound = {
      criterion: 'time-bound',
      status: 'partial',
      spans: deadlines,
      reason: { key: 'smart.T.past', vars: { words: q(deadlines) } },
      suggestion: { key: 'smart.T.addDeadline' },
    };
  } else if (vague.length) {
    timeBound = {
      criterion: 'time-bound',
      status: 'partial',
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

  // Relevant
  let relevant: CriterionResult;
  const stated = terms.filter((t) => t.start >= contextStart && t !== main && t.term.goal);
  const conflict = main?.term.vanity
    ? stated.find(
        (s) =>
          HARD_GOALS.includes(s.term.goal ?? 'awareness') &&
          !terms.some((t) => t.start < contextStart && !t.term.vanity && t.term.goal === s.term.goal),
      )
    : undefined;
  const goalName = (g: Goal) => `smart.goal.${g}`;
  const goalTerm = main?.term.goal ? main : terms.find((t) => t.term.goal);
  if (main && conflict) {
    relevant = {
      criterion: 'relevant',
      status: 'partial',
      spans: [main, conflict],
      reason: {
        key: 'smart.R.conflict',
        vars: { metric: q([main]), words: q([conflict]), goal: goalName(conflict.term.goal ?? 'awareness') },
      },
      suggestion: { key: `smart.R.useMetric.${conflict.term.goal}` },
    };
  } else if (stated[0]?.term.goal) {
    relevant = {
      criterion: 'relevant',
      status: 'met',
      spans: stated,
      reason: { key: 'smart.R.stated', vars: { words: q(stated), goal: goalName(stated[0].term.goal) } },
    };
  } else if (goalTerm?.term.goal) {
    relevant = {
      criterion: 'relevant',
      status: 'met',
      spans: [goalTerm],
      reason: { key: 'smart.R.metric', vars: { words: q([goalTerm]), goal: goalName(goalTerm.term.goal) } },
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

  const ach = achievable(text, folded, lang, uiLang, quantities, times, main);
  const criteria = [specific, measurable, ach, relevant, timeBound];
  const score = criteria.reduce((s, c) => s + (c.status === 'met' ? 1 : c.status === 'partial' ? 0.5 : 0), 0);
  const analysis: Analysis = { text, lang, uiLang, criteria, score, improved: null };
  analysis.improved =
    score === 5 || text.trim() === ''
      ? null
      : improve(analysis, { terms, channels, times, quantities, main, folded, conflict });
  return analysis;
}

// ---------------------------------------------------------------- improved version

interface Parts {
  terms: TermMatch[];
  channels: Match[];
  times: TimeMatch[];
  quantities: NumberMatch[];
  main: TermMatch | undefined;
  folded: string;
  conflict: TermMatch | undefined;
}

const GOAL_METRIC: Record<Goal, string> = {
  sales: 'sales',
  leads: 'leads',
  awareness: 'followers',
  loyalty: 'engagement-rate',
  reputation: 'reviews',
  traffic: 'traffic',
  recruitment: 'leads',
};

function improve(a: Analysis, p: Parts): string {
  const L = a.lang;
  const { placeholders: ph, metrics, goals } = rulesFor(L);
  const by = (c: Criterion) => a.criteria.find((x) => x.criterion === c);
  const main = p.main;
  let metric: string;
  if (p.conflict) metric = `[${metrics[GOAL_METRIC[p.conflict.term.goal ?? 'awareness']]}]`;
  else if (main) {
    const det = /(?:^|\s)(le|la|les|l'|l’|nos|notre|nos|des|du|de|d'|d’|our|the|their|my)\s?$/i.exec(
      a.text.slice(Math.max(0, main.start - 7), main.start),
    );
    const raw = main.text;
    if (det) {
      const d = (det[1] ?? '').toLowerCase();
      const article = /^(des|de|d'|d’)$/.test(d)
        ? L === 'fr'
          ? 'les '
          : 'our '
        : /^l['’]$/.test(d)
          ? d
          : `${det[1]} `;
      metric = `${article}${raw}`;
    } else metric = metrics[main.term.id] ?? raw;
  } else metric = ph.metric;

  const networks = [
    ...new Set(
      p.channels
        .map((c) => c.text.trim())
        .filter((c) => NETWORK_RE.test(fold(c)) && !/^(?:stories|story|reels?|shorts)$/.test(fold(c))),
    ),
  ].slice(0, 2);
  const channel = networks.length ? networks.join(L === 'fr' ? ' et ' : ' and ') : ph.channel;
  const { baseline, target, relative, multiplier, gain } = extractNumbers(p.folded, L, p.quantities);
  let from = baseline ? baseline.text.replace(/^\+\s?/, '') : ph.baseline;
  let to = target ? target.text : ph.target;
  if (baseline?.signed) from = ph.baseline;
  if (gain && baseline && target) to = formatNumber(baseline.value + target.value, L, 0);
  if (!target && baseline && relative) {
    const value = baseline.value * (1 + relative.value / 100);
    to = formatNumber(value, L, 0);
  } else if (!target && multiplier) to = `${ph.target} (×${formatNumber(multiplier.value, L, 2)})`;
  else if (!target && relative) to = `${ph.target} (${relative.signed ? '' : '+'}${relative.text})`;

  const tb = by('time-bound');
  let when = ph.date;
  const last =
    tb?.status === 'met'
      ? [...(tb.spans as TimeMatch[])].sort((x, y) => (y.months ?? 0) - (x.months ?? 0))[0]
      : undefined;
  if (last) {
    when = last.text.trim();
    if (
      !/^(d'|d’|en |au |dès |des |avant |dans |sur |pendant |durant |le |la |ce |cette |l'|l’|entre |jusqu|by |in |within |over |during |before |until |on |this |next |from |between |the |at |for )/i.test(
        when,
      )
    ) {
      when = `${L === 'fr' ? "d'ici" : 'by'} ${when}`;
    }
  }

  const rel = by('relevant');
  let goal = ph.goal;
  const goalTerm = p.conflict ?? (rel?.status === 'met' ? (rel.spans[0] as TermMatch | undefined) : undefined);
  if (goalTerm && 'term' in goalTerm && goalTerm.term.goal) goal = goals[goalTerm.term.goal];

  const sentence =
    L === 'fr'
      ? `Faire passer ${metric} sur ${channel} de ${from} à ${to} ${when}, pour ${goal}.`
      : `Bring ${metric} on ${channel} from ${from} to ${to} ${when}, to ${goal}.`;
  return sentence.replace(/\s+/g, ' ').replace(/\s+([,.])/g, '$1');
}

export { overlaps };
