/**
 * The SMART checker: transparent rules, no network, no language model. Every verdict names the
 * words it rests on (as ranges of the text, so the page can highlight them) and, when a
 * criterion is not met, says what to add. Messages are i18n keys (`smart.*`) with their values.
 *
 * Layout: reading.ts reads the objective once (dates.ts, quantities.ts, find.ts); each criterion
 * is judged by its own function in judge/ (specific, measurable, achievable, relevant,
 * time-bound); improve.ts writes the rewrite. The words of each language come from rules.ts's
 * registry: import analyze.ts (both languages) or an engine-{lang}.ts before analysing.
 */
import { kpiIds } from '../kpi/ids';
import { boundedKpiIds, kpiBenchmarks } from '../kpi/smart';
import { detectLanguage } from './detect';
import { improve } from './improve';
import { sanitizeObjective } from './input';
import { judgeAchievable } from './judge/achievable';
import { extractFigures } from './judge/figures';
import { judgeMeasurable } from './judge/measurable';
import { judgeRelevant } from './judge/relevant';
import { judgeSpecific } from './judge/specific';
import { judgeTimeBound } from './judge/time-bound';
import { readObjective } from './reading';
import { hasRules, rulesFor } from './rules';
import type { Analysis, AnalyzeOptions } from './types';

export { CRITERIA, STATUSES, type Criterion, type Message, type Status } from './criteria';
export type { Analysis, AnalyzeOptions, CriterionResult, TermMatch } from './types';
export { detectLanguage } from './detect';
export { findChannels, findTerms } from './find';
export { formatNumber, quote } from './format';
export { judgePace, monthlyGrowth, PACE, type Pace } from './judge/pace';
export { CPL_BENCHMARK, CPL_FLOOR, MIN_COST_PER_RESULT, type Money } from './judge/money';

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

/** Analyses an objective (any outside string) against the five SMART criteria. Never throws. */
export function analyzeObjective(raw: unknown, options: AnalyzeOptions): Analysis {
  const uiLang = options.lang;
  const text = sanitizeObjective(raw);
  const detected = detectLanguage(text, uiLang);
  // A language whose rules are not loaded yet (see loadRules) is read with another one's.
  const lang = hasRules(detected) ? detected : rulesFor(detected).lang;
  const r = readObjective(text, lang, uiLang, options.now ?? new Date());

  const specific = judgeSpecific(r);
  const measurable = judgeMeasurable(r);
  const timed = judgeTimeBound(r);
  const relevant = judgeRelevant(r);
  const kpi = { level: LEVEL_METRICS, bounded: BOUNDED_METRICS, benchmarks: BENCHMARKS };
  const judged = judgeAchievable(r, timed.months, kpi);
  const criteria = [specific, measurable.result, judged.result, relevant.result, timed.result];
  const score = criteria.reduce((s, c) => s + (c.status === 'met' ? 1 : c.status === 'partial' ? 0.5 : 0), 0);
  const analysis: Analysis = { text, lang, uiLang, criteria, score, improved: null };
  const about = r.metric ?? r.main;
  if (about) {
    const unit = extractFigures(r.folded, r.rules, r.quantities).target?.unit ?? measurable.clear[0]?.unit;
    analysis.metric = unit ? { id: about.term.id, unit } : { id: about.term.id };
  }
  if (score < 5 && text.trim() !== '') {
    const met = timed.result.status === 'met';
    const rewrite = improve(analysis, {
      metric: r.metric,
      conflict: relevant.conflict,
      realistic: judged.realistic,
      past: met ? [] : timed.past,
      vague: met ? [] : timed.vague,
      rhythm: timed.rhythm,
      starts: timed.starts,
      targets: measurable.clear,
    });
    if (rewrite) {
      analysis.improved = rewrite.text;
      if (rewrite.note) analysis.improvedNote = rewrite.note;
    }
  }
  return analysis;
}

export { overlaps } from './text';
