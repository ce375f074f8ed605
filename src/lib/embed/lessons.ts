/**
 * The worked lessons of the trainers' page and their printable worksheets: the bakery's KPI
 * month, a SMART-objective workshop and a share-of-voice / competitor exercise. One set of data
 * feeds the prefilled links, the questions of the student sheet and the answers of the trainer
 * key, so that the three never disagree: questions are dictionary templates filled with the
 * lesson's own values, and every answer is computed here with the calculators' and the SMART
 * checker's own functions (never typed). Prose is in the dictionaries (`worksheets.*`,
 * `embed.trainers.lesson.*`).
 *
 * Organic figures are reach, followers and interactions only (Meta replaced organic impressions
 * with Views, docs/FACTS.md §0.8); impressions appear only for the paid ad of the KPI lesson.
 */
import type { Locale } from '../i18n/locales';
import type { UiKey } from '../i18n/fr';
import { evaluateKpi, kpis, readParams, type Basis, type KpiId, type WarningKey } from '../kpi';
import { voiceShares } from '../kpi/competitors';
import { formatCount, formatCurrency, formatPercent } from '../numbers';
import { analyzeObjective, type Analysis } from '../smart/analyze';
import { kpiLesson } from './lesson';
import { embedPath, toolPath, type EmbedChoice } from './snippet';
import type { ToolId } from './tools';

export const lessonIds = ['kpi', 'smart', 'voice'] as const;
export type LessonId = (typeof lessonIds)[number];

export function isLessonId(value: unknown): value is LessonId {
  return (lessonIds as readonly unknown[]).includes(value);
}

/** A question answered with a calculator: its values are the prefilled link's params. */
export interface KpiExercise {
  kind: 'kpi';
  id: string;
  tool: KpiId;
  values: Record<string, string>;
  question: UiKey;
  /** Words the question names besides the figures (a competitor's name). */
  words?: Record<string, string>;
}

/** An objective to judge with the SMART checker; its text is in the dictionaries. */
interface SmartExercise {
  kind: 'smart';
  id: string;
  objective: UiKey;
  question: UiKey;
}

export type Exercise = KpiExercise | SmartExercise;

/** One step of the lesson plan: how long, what happens, which exercises are on screen. */
interface PlanStep {
  minutes: number;
  /** The step's text: `worksheets.{lesson}.plan.{id}`. */
  id: string;
  exercises: readonly string[];
}

interface Competitor {
  name: string;
  mentions: number;
  followers: number;
  engagements: number;
}

export interface Lesson {
  id: LessonId;
  exercises: readonly Exercise[];
  plan: readonly PlanStep[];
  /** The voice lesson's table: the bakery (first, without a name) and its competitors. */
  competitors?: readonly Competitor[];
}

/** "Today" for the SMART workshop's analysis: the objectives are written in early March. */
export const SMART_TODAY = new Date('2026-03-02T12:00:00Z');

// ------------------------------------------------------------------ the three lessons

const kpiStep = (tool: ToolId) => {
  const step = kpiLesson.find((s) => s.tool === tool);
  if (!step) throw new Error(`The KPI lesson has no ${tool} step`);
  return step;
};

const kpiExercises: Exercise[] = kpiLesson.map((step) =>
  step.tool === 'smart'
    ? {
        kind: 'smart',
        id: 'smart',
        objective: 'embed.trainers.lesson.objective',
        question: 'embed.trainers.lesson.smart',
      }
    : {
        kind: 'kpi',
        id: step.tool,
        tool: step.tool as KpiId,
        values: step.values,
        question: `embed.trainers.lesson.${step.tool}` as UiKey,
      },
);

/** The bakery's March on Instagram, as the KPI lesson gives it. */
const bakery = {
  followers: Number(kpiStep('engagement-rate').values.followers),
  engagements: Number(kpiStep('engagement-rate').values.engagements),
};

/** The voice lesson's month: mentions counted by hand, public follower and interaction counts. */
const voiceTable: readonly Competitor[] = [
  { name: '', mentions: 48, followers: bakery.followers, engagements: bakery.engagements },
  { name: 'Boulangerie Martin', mentions: 72, followers: 4200, engagements: 126 },
  { name: 'Le Fournil du Parc', mentions: 40, followers: 900, engagements: 54 },
];

const ownVoice = voiceTable[0] as Competitor;
const othersVoice = voiceTable.slice(1);

const engagementOf = (id: string, row: Competitor): KpiExercise => ({
  kind: 'kpi',
  id,
  tool: 'engagement-rate',
  values: { engagements: String(row.engagements), followers: String(row.followers) },
  question: row.name === '' ? 'worksheets.voice.q.ours' : 'worksheets.voice.q.rival',
  ...(row.name === '' ? {} : { words: { name: row.name } }),
});

export const lessons: Record<LessonId, Lesson> = {
  kpi: {
    id: 'kpi',
    exercises: kpiExercises,
    plan: [
      { minutes: 5, id: 'context', exercises: [] },
      { minutes: 10, id: 'audience', exercises: ['audience-growth', 'reach-rate'] },
      { minutes: 10, id: 'engagement', exercises: ['engagement-rate'] },
      { minutes: 15, id: 'ad', exercises: ['ctr', 'cpc', 'conversion-rate', 'cpa'] },
      { minutes: 5, id: 'roi', exercises: ['roi'] },
      { minutes: 10, id: 'smart', exercises: ['smart'] },
    ],
  },
  smart: {
    id: 'smart',
    // The bakery's objective is the KPI lesson's last question.
    exercises: (
      [
        ['vague', 'worksheets.smart.objective.vague'],
        ['sales', 'worksheets.smart.objective.sales'],
        ['bakery', 'embed.trainers.lesson.objective'],
      ] as const
    ).map(([id, objective]) => ({ kind: 'smart', id, objective, question: 'worksheets.smart.q.judge' })),
    plan: [
      { minutes: 5, id: 'recall', exercises: [] },
      { minutes: 15, id: 'judge', exercises: [] },
      { minutes: 10, id: 'check', exercises: ['vague', 'sales', 'bakery'] },
      { minutes: 15, id: 'rewrite', exercises: ['model'] },
    ],
  },
  voice: {
    id: 'voice',
    competitors: voiceTable,
    exercises: [
      {
        kind: 'kpi',
        id: 'share',
        tool: 'share-of-voice',
        values: {
          brand: String(ownVoice.mentions),
          competitors: String(othersVoice.reduce((sum, c) => sum + c.mentions, 0)),
        },
        question: 'worksheets.voice.q.share',
      },
      engagementOf('ours', ownVoice),
      ...othersVoice.map((row, i) => engagementOf(`rival${i + 1}`, row)),
    ],
    plan: [
      { minutes: 5, id: 'context', exercises: [] },
      { minutes: 10, id: 'share', exercises: ['share'] },
      { minutes: 10, id: 'engagement', exercises: ['ours', 'rival1', 'rival2'] },
      { minutes: 15, id: 'discuss', exercises: [] },
    ],
  },
};

/** The model objective of the SMART workshop's last step (not a student question). */
export const MODEL_OBJECTIVE: UiKey = 'worksheets.smart.objective.model';

export function lessonMinutes(lesson: Lesson): number {
  return lesson.plan.reduce((sum, step) => sum + step.minutes, 0);
}

// ------------------------------------------------------------------ values, links, answers

type Translate = (key: UiKey, vars?: Record<string, string | number>) => string;

/** A lesson value written as the calculator writes it (counts, or euros on money inputs). */
function formatValue(tool: KpiId, param: string, raw: string, lang: Locale): string {
  const input = kpis[tool].inputs.find((i) => i.param === param);
  const value = Number(raw);
  if (!input || !Number.isFinite(value)) throw new Error(`${tool} has no numeric ${param}`);
  return input.unit === 'currency' ? formatCurrency(value, lang, 'EUR') : formatCount(value, lang);
}

/**
 * The placeholders of a lesson's questions: every KPI value, keyed by param, in the page's
 * language (a later question may recall an earlier figure: the ROI question names the orders).
 * A param shared by several steps has one value in the KPI lesson (tested).
 */
function lessonVars(lesson: Lesson, lang: Locale): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const ex of lesson.exercises) {
    if (ex.kind !== 'kpi') continue;
    for (const [param, value] of Object.entries(ex.values)) vars[param] = formatValue(ex.tool, param, value, lang);
  }
  return vars;
}

/** The question of an exercise with its figures. */
export function questionText(lesson: Lesson, ex: Exercise, lang: Locale, t: Translate): string {
  if (ex.kind === 'smart') return t(ex.question);
  const own = Object.fromEntries(Object.entries(ex.values).map(([p, v]) => [p, formatValue(ex.tool, p, v, lang)]));
  return t(ex.question, { ...lessonVars(lesson, lang), ...own, ...ex.words });
}

/** The tool an exercise opens, prefilled (the SMART objective in the page's language). */
export function exerciseChoice(ex: Exercise, lang: Locale, t: Translate): EmbedChoice {
  return {
    lang,
    tool: ex.kind === 'kpi' ? ex.tool : 'smart',
    theme: 'auto',
    size: 'normal',
    values: ex.kind === 'kpi' ? ex.values : { objective: t(ex.objective) },
  };
}

export function exerciseLinks(ex: Exercise, lang: Locale, t: Translate): { full: string; embed: string } {
  const choice = exerciseChoice(ex, lang, t);
  return { full: toolPath(choice), embed: embedPath(choice) };
}

export interface KpiAnswer {
  kind: 'kpi';
  tool: KpiId;
  /** One per output: the engagement rate has one per base given. */
  results: { basis?: Basis; value: number; text: string }[];
  /** The calculator's cautions for these figures. */
  warnings: WarningKey[];
}

/**
 * The answer of a KPI exercise, exactly as the calculator gets it from the prefilled link: the
 * params read by `readParams`, evaluated by `evaluateKpi`, written with the site's formats.
 * A lesson whose figures the calculator refuses is a broken lesson: it throws (the build fails).
 */
export function kpiAnswer(ex: KpiExercise, lang: Locale): KpiAnswer {
  const prefill = readParams(ex.tool, new URLSearchParams(ex.values).toString(), lang);
  const evaluation = evaluateKpi(ex.tool, prefill.texts, lang, prefill.currency);
  const results = evaluation.outputs.flatMap((output) => {
    if (output.value === null) return [];
    const text =
      kpis[ex.tool].result === 'currency'
        ? formatCurrency(output.value, lang, prefill.currency)
        : formatPercent(output.value, lang);
    return [{ ...(output.basis ? { basis: output.basis } : {}), value: output.value, text }];
  });
  if (results.length === 0) throw new Error(`The calculator gives no result for ${ex.id}`);
  return { kind: 'kpi', tool: ex.tool, results, warnings: evaluation.warnings };
}

/** The SMART checker's analysis of an objective, as of the workshop's day. */
export function smartAnswer(objective: string, lang: Locale): Analysis {
  return analyzeObjective(objective, { lang, now: SMART_TODAY });
}

export interface VoiceRow {
  name: string;
  mentions: string;
  share: string;
}

/** The voice lesson's table with each party's share of the mentions (brand first). */
export function voiceRows(lesson: Lesson, lang: Locale, brandName: string): VoiceRow[] {
  const table = lesson.competitors ?? [];
  const [own, ...others] = table;
  if (!own) return [];
  const shares = voiceShares(own.mentions, others) ?? [];
  return shares.map((s) => ({
    name: s.brand ? brandName : s.name,
    mentions: formatCount(s.mentions, lang),
    share: formatPercent(s.share, lang),
  }));
}
