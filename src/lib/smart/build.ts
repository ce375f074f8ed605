/**
 * The guided builder: from a metric, a network, a baseline, a target, a deadline and a business
 * goal, writes a SMART sentence in the page's language. The sentence is checked with the same
 * rules as the checker; a sentence is only returned when the checker rates all five criteria met,
 * otherwise the builder says which field to change.
 */
import { kpiIds } from '../kpi/ids';
import { boundedKpiIds, currencyKpiIds } from '../kpi/smart';
import { DEFAULT_CURRENCY } from '../kpi/query';
import { formatCurrency, formatNumber, formatPercentUpTo, parseLocaleNumber } from '../numbers';
import { analyzeObjective, type Analysis } from './checker';
import { GOALS, NETWORKS, type Goal, type Lang } from './lexicon';
import { rulesFor } from './rules';
import { fillTemplate } from './text';

/** The metrics offered: the site's KPI calculators, then plain volumes. */
export const BUILDER_METRICS = [...kpiIds, 'followers', 'leads', 'sales', 'traffic'] as const;
export type BuilderMetric = (typeof BUILDER_METRICS)[number];

export const BUILDER_NETWORKS = Object.keys(NETWORKS);

/** Amounts are read and written in the calculators' default currency. */
const BUILDER_CURRENCY = DEFAULT_CURRENCY;

const CURRENCY_METRICS = new Set<string>(currencyKpiIds());
const COUNT_METRICS = new Set<BuilderMetric>(['followers', 'leads', 'sales', 'traffic']);
/** Rates that cannot exceed 100 % (the KPI modules say which): the checker refuses the same. */
const BOUNDED = new Set<string>(boundedKpiIds());

export function metricUnit(metric: BuilderMetric): 'percent' | 'currency' | 'count' {
  return CURRENCY_METRICS.has(metric) ? 'currency' : COUNT_METRICS.has(metric) ? 'count' : 'percent';
}

export interface BuilderInput {
  metric: string;
  network: string;
  baseline: TypedNumber;
  target: TypedNumber;
  /** `YYYY-MM-DD`, as an `<input type="date">` gives it. */
  deadline: string;
  goal: string;
}

export type BuilderField = 'metric' | 'network' | 'baseline' | 'target' | 'deadline' | 'goal';

export interface BuilderError {
  field: BuilderField;
  key: string;
  vars?: Record<string, string>;
}

export type BuilderResult = { ok: true; sentence: string; analysis: Analysis } | { ok: false; errors: BuilderError[] };

export function formatValue(value: number, unit: 'percent' | 'currency' | 'count', lang: Lang): string {
  if (unit === 'currency') return formatCurrency(value, lang, BUILDER_CURRENCY);
  if (unit === 'percent') return formatPercentUpTo(value, lang, 2);
  return formatNumber(value, lang, 0);
}

function formatDate(date: Date, lang: Lang): string {
  return new Intl.DateTimeFormat(rulesFor(lang).dateLocale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

const DAY = 86_400_000;

/** A number typed in the builder: its value, undefined when empty, NaN when it is not a number, or 'ambiguous'. */
export type TypedNumber = number | undefined | 'ambiguous';

/**
 * Reads a number typed in the builder with the site's one parser (src/lib/numbers), so that it
 * agrees with the calculators: `1 200,5`, `2,5 %` or `3,20 €` in French, `1,200.5`, `2.5%` or
 * `€1.80` in English. A French `1.500` (1,5 or 1 500?) is refused as ambiguous, as everywhere.
 */
export function parseTypedNumber(text: string, lang: Lang): TypedNumber {
  const parsed = parseLocaleNumber(text.slice(0, 40), lang, { percent: true, currency: BUILDER_CURRENCY });
  if (parsed.ok) return parsed.value;
  if (parsed.reason === 'empty') return undefined;
  return parsed.reason === 'ambiguous' ? 'ambiguous' : Number.NaN;
}

/** Checks the fields, writes the sentence and has the checker rate it. Never throws. */
export function buildObjective(input: BuilderInput, lang: Lang, now: Date = new Date()): BuilderResult {
  const errors: BuilderError[] = [];
  const metric = (BUILDER_METRICS as readonly string[]).includes(input.metric)
    ? (input.metric as BuilderMetric)
    : undefined;
  const goal = (GOALS as readonly string[]).includes(input.goal) ? (input.goal as Goal) : undefined;
  const network = Object.hasOwn(NETWORKS, input.network) ? NETWORKS[input.network] : undefined;
  if (!metric) errors.push({ field: 'metric', key: 'smart.builder.error.required' });
  if (!network) errors.push({ field: 'network', key: 'smart.builder.error.required' });
  if (!goal) errors.push({ field: 'goal', key: 'smart.builder.error.required' });

  const { baseline, target } = input;
  const finite = (v: TypedNumber): v is number => typeof v === 'number' && Number.isFinite(v);
  if (baseline === undefined) errors.push({ field: 'baseline', key: 'smart.builder.error.required' });
  else if (baseline === 'ambiguous') errors.push({ field: 'baseline', key: 'smart.builder.error.ambiguous' });
  else if (!finite(baseline) || Math.abs(baseline) > 1e12)
    errors.push({ field: 'baseline', key: 'smart.builder.error.number' });
  else if (baseline <= 0) errors.push({ field: 'baseline', key: 'smart.builder.error.positive' });
  if (target === undefined) errors.push({ field: 'target', key: 'smart.builder.error.required' });
  else if (target === 'ambiguous') errors.push({ field: 'target', key: 'smart.builder.error.ambiguous' });
  else if (!finite(target) || Math.abs(target) > 1e12)
    errors.push({ field: 'target', key: 'smart.builder.error.number' });
  else if (target <= 0) errors.push({ field: 'target', key: 'smart.builder.error.positive' });
  else if (finite(baseline) && formatValue(target, 'percent', lang) === formatValue(baseline, 'percent', lang))
    errors.push({ field: 'target', key: 'smart.builder.error.same' });
  else if (metric && BOUNDED.has(metric) && target > 100)
    errors.push({ field: 'target', key: 'smart.builder.error.bounded' });

  let deadline: Date | undefined;
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(input.deadline ?? '');
  if (!input.deadline) errors.push({ field: 'deadline', key: 'smart.builder.error.required' });
  else if (!d) errors.push({ field: 'deadline', key: 'smart.builder.error.date' });
  else {
    deadline = new Date(Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]), 23, 59));
    if (Number.isNaN(deadline.getTime()) || deadline.getUTCDate() !== Number(d[3]))
      errors.push({ field: 'deadline', key: 'smart.builder.error.date' });
    else if (deadline.getTime() < now.getTime() + 7 * DAY)
      errors.push({ field: 'deadline', key: 'smart.builder.error.past' });
    else if (deadline.getTime() > now.getTime() + 3 * 366 * DAY)
      errors.push({ field: 'deadline', key: 'smart.builder.error.far' });
  }
  if (errors.length || !metric || !goal || !network || !deadline || !finite(baseline) || !finite(target))
    return { ok: false, errors };

  const unit = metricUnit(metric);
  const b = formatValue(baseline, unit, lang);
  const t = formatValue(target, unit, lang);
  const { metrics, goals, sentence: template } = rulesFor(lang);
  const sentence = fillTemplate(template, {
    metric: metrics[metric] ?? metric,
    network,
    baseline: b,
    target: t,
    date: formatDate(deadline, lang),
    goal: goals[goal],
  });

  const analysis = analyzeObjective(sentence, { lang, now });
  const failed = analysis.criteria.filter((c) => c.status !== 'met');
  if (failed.length === 0) return { ok: true, sentence, analysis };
  for (const c of failed) {
    if (c.criterion === 'relevant')
      errors.push({ field: 'goal', key: 'smart.builder.error.mismatch', vars: { goal: `smart.goal.${goal}` } });
    else if (c.criterion === 'achievable')
      errors.push({
        field: 'target',
        key: 'smart.builder.error.unrealistic',
        vars: { factor: c.reason.vars?.factor ?? '' },
      });
    else errors.push({ field: 'metric', key: 'smart.builder.error.required' });
  }
  return { ok: false, errors };
}
