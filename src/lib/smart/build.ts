/**
 * The guided builder: from a metric, a network, a baseline, a target, a deadline and a business
 * goal, writes a SMART sentence in the page's language. The sentence is checked with the same
 * rules as the checker; a sentence is only returned when the checker rates all five criteria met,
 * otherwise the builder says which field to change.
 */
import { kpiIds } from '../kpi/ids';
import { analyzeObjective, formatNumber, type Analysis } from './checker';
import { GOALS, NETWORKS, type Goal, type Lang } from './lexicon';
import { rulesFor } from './rules';

/** The metrics offered: the site's KPI calculators, then plain volumes. */
export const BUILDER_METRICS = [...kpiIds, 'followers', 'leads', 'sales', 'traffic'] as const;
export type BuilderMetric = (typeof BUILDER_METRICS)[number];

export const BUILDER_NETWORKS = Object.keys(NETWORKS);

const CURRENCY_METRICS = new Set<BuilderMetric>(['cpc', 'cpm', 'cpa']);
const COUNT_METRICS = new Set<BuilderMetric>(['followers', 'leads', 'sales', 'traffic']);
/** Rates that cannot exceed 100 %. */
const BOUNDED = new Set<BuilderMetric>([
  'share-of-voice',
  'conversion-rate',
  'story-completion',
  'ctr',
  'engagement-rate',
]);

export function metricUnit(metric: BuilderMetric): 'percent' | 'currency' | 'count' {
  return CURRENCY_METRICS.has(metric) ? 'currency' : COUNT_METRICS.has(metric) ? 'count' : 'percent';
}

export interface BuilderInput {
  metric: string;
  network: string;
  baseline: number | undefined;
  target: number | undefined;
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
  const tag = lang === 'fr' ? 'fr-FR' : 'en';
  if (unit === 'currency') return new Intl.NumberFormat(tag, { style: 'currency', currency: 'EUR' }).format(value);
  if (unit === 'percent')
    return lang === 'fr' ? `${formatNumber(value, lang, 2)}\u00a0%` : `${formatNumber(value, lang, 2)}%`;
  return formatNumber(value, lang, 0);
}

function formatDate(date: Date, lang: Lang): string {
  return new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

const DAY = 86_400_000;

/**
 * Reads a number typed in the builder: `1 200,5` or `2,5 %` in French, `1,200.5` or `2.5%` in
 * English, with an optional € sign. Returns undefined when empty and NaN when it is not a number.
 * (A tiny parser: src/lib/numbers is richer but would double the island's weight.)
 */
export function parseTypedNumber(text: string, lang: Lang): number | undefined {
  const s = text
    .slice(0, 40)
    .trim()
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/^€|€$|%$/g, '');
  if (s === '') return text.trim() === '' ? undefined : Number.NaN;
  const shape =
    lang === 'fr' ? /^-?(?:\d+|\d{1,3}(?:\.\d{3})+)(?:[,.]\d+)?$/ : /^-?(?:\d+|\d{1,3}(?:,\d{3})+)(?:\.\d+)?$/;
  if (!shape.test(s)) return Number.NaN;
  const plain =
    lang === 'fr' ? (/^\d{1,3}(\.\d{3})+$/.test(s) ? s.replace(/\./g, '') : s.replace(',', '.')) : s.replace(/,/g, '');
  return Number(plain);
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
  const finite = (v: number | undefined): v is number => typeof v === 'number' && Number.isFinite(v);
  if (baseline === undefined) errors.push({ field: 'baseline', key: 'smart.builder.error.required' });
  else if (!finite(baseline) || Math.abs(baseline) > 1e12)
    errors.push({ field: 'baseline', key: 'smart.builder.error.number' });
  else if (baseline <= 0) errors.push({ field: 'baseline', key: 'smart.builder.error.positive' });
  if (target === undefined) errors.push({ field: 'target', key: 'smart.builder.error.required' });
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
  const { metrics, goals } = rulesFor(lang);
  const phrase = metrics[metric] ?? metric;
  const when = formatDate(deadline, lang);
  const sentence =
    lang === 'fr'
      ? `Faire passer ${phrase} sur ${network} de ${b} à ${t} d’ici le ${when}, pour ${goals[goal]}.`
      : `Bring ${phrase} on ${network} from ${b} to ${t} by ${when}, to ${goals[goal]}.`;

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
