/* eslint-disable max-lines -- the twelve templates' sheets are data laid out as rows: splitting them would scatter one table */
/**
 * The six templates, built from the site's own data and words: the KPI definitions
 * (src/lib/kpi) for every calculated cell, the i18n dictionaries for every label. Pure: the
 * result is plain data (./model.ts) that the .xlsx writer and the printable page both render.
 *
 * Each calculated cell holds a live formula derived from the KPI's definition (./formulas.ts)
 * and, as its cached value, what the site's own `computeKpi` gives for the same figures (an
 * empty cell counts as 0, as in a spreadsheet), so that a file shows the right value even before
 * a spreadsheet recalculates it.
 */
import { localePath, localeTags, useTranslations, type Locale, type Translate, type UiKey } from '../i18n';
import { exampleTimes } from '../i18n/languages/spreadsheets';
import { computeKpi } from '../kpi/compute';
import { formulaOf, kpis, type Basis, type KpiDef, type KpiId, type Param } from '../kpi/definitions';
import { formatCount } from '../numbers';
import { formulaParams, formulaString, kpiFormula, type Refs } from './formulas';
import type { TemplateId } from './ids';
import {
  address,
  example,
  input,
  SheetBuilder,
  text,
  type Cell,
  type NumberKind,
  type Sheet,
  type Template,
} from './model';

/** The value a KPI's formula gives for these figures (missing ones count as 0), or the "n/a" text. */
function cachedKpi(def: KpiDef, values: Partial<Record<Param, number>>, na: string, basis?: Basis): number | string {
  const figures: Partial<Record<Param, number>> = {};
  for (const param of formulaParams(def, basis)) figures[param] = values[param] ?? 0;
  const { outputs, errors } = computeKpi(def.id, figures);
  const output = basis ? outputs.find((o) => o.basis === basis) : outputs[0];
  if (output && output.value !== null) return output.value;
  if (Object.values(errors).some((error) => error === 'zero' || error === 'noMentions')) return na;
  // The spreadsheet would show a number the calculator refuses (clicks above impressions…):
  // example figures must never do that.
  throw new Error(`${def.id}: the calculator refuses these figures (${Object.values(errors).join(', ')})`);
}

/** A KPI's result cell: the derived formula and its cached value. */
function kpiCell(def: KpiDef, refs: Refs, values: Partial<Record<Param, number>>, na: string, basis?: Basis): Cell {
  return {
    kind: 'formula',
    formula: kpiFormula(def, refs, na, basis),
    cached: cachedKpi(def, values, na, basis),
    format: def.result === 'percent' ? 'percent' : 'money',
  };
}

/** The formula as the calculators show it: `clics ÷ impressions × 100`. */
function formulaText(def: KpiDef, t: Translate, lang: Locale, basis?: Basis): string {
  return formulaOf(def, basis)
    .map((token) => {
      if (token.kind === 'input') return t(`kpi.sym.${token.param}`);
      if (token.kind === 'const') return formatCount(token.value, lang);
      return token.text;
    })
    .join(' ')
    .replace(/\( /g, '(')
    .replace(/ \)/g, ')');
}

function kpiName(def: KpiDef, t: Translate, basis?: Basis): string {
  const name = t(`kpi.${def.id}.name`);
  return basis ? `${name} (${t(`kpi.basis.${basis}`).toLowerCase()})` : name;
}

const unitOf = (def: KpiDef, param: Param): NumberKind =>
  def.inputs.find((i) => i.param === param)?.unit === 'currency' ? 'money' : 'count';

/** Every input param of the KPIs, in the order of the definitions, with its format. */
function allInputs(): { param: Param; format: NumberKind }[] {
  const seen: { param: Param; format: NumberKind }[] = [];
  for (const def of Object.values(kpis)) {
    for (const i of def.inputs) {
      if (!seen.some((s) => s.param === i.param)) seen.push({ param: i.param, format: unitOf(def, i.param) });
    }
  }
  return seen;
}

/** The KPI rows of a tracking table: one per KPI, three for the engagement rate's bases. */
function kpiRows(): { def: KpiDef; basis?: Basis }[] {
  return Object.values(kpis).flatMap((def) =>
    def.id === 'engagement-rate'
      ? (['reach', 'followers', 'impressions'] as const).map((basis) => ({ def, basis }))
      : [{ def }],
  );
}

function footer(sheet: SheetBuilder, t: Translate, lang: Locale, origin: string): void {
  sheet.blank();
  sheet.note(t('templates.updated', { url: new URL(localePath(lang, 'templates'), origin).href }));
}

function intro(sheet: SheetBuilder, t: Translate, id: TemplateId): void {
  sheet.title(t(`templates.${id}.title` as UiKey));
  sheet.note(t(`templates.${id}.use` as UiKey));
}

/** Example months of the KPI tracking sheet (January and February), realistic for a small shop. */
const trackingExamples: Partial<Record<Param, number>>[] = [
  {
    start: 1180,
    end: 1240,
    reach: 2900,
    followers: 1240,
    engagements: 180,
    impressions: 9800,
    brand: 46,
    competitors: 212,
    clicks: 180,
    cost: 150,
    conversions: 9,
    revenue: 420,
    first: 850,
    last: 340,
    shares: 24,
  },
  {
    start: 1240,
    end: 1312,
    reach: 3350,
    followers: 1312,
    engagements: 226,
    impressions: 11250,
    brand: 58,
    competitors: 230,
    clicks: 236,
    cost: 180.5,
    conversions: 14,
    revenue: 610,
    first: 910,
    last: 390,
    shares: 31,
  },
];

function monthNames(lang: Locale): string[] {
  const format = new Intl.DateTimeFormat(localeTags[lang], { month: 'long', timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, m) => {
    const name = format.format(Date.UTC(2027, m, 1));
    return name.charAt(0).toUpperCase() + name.slice(1);
  });
}

function kpiTracking(t: Translate, lang: Locale, origin: string, options: BuildOptions): Sheet[] {
  const examples = options.months ?? trackingExamples;
  const na = t('kpi.result.na');
  const months = monthNames(lang);
  const sheet = new SheetBuilder(t('templates.kpi-tracking.sheet'), [40, ...months.map(() => 11), 34], true);
  intro(sheet, t, 'kpi-tracking');
  sheet.note(t('templates.kpi-tracking.money'));
  sheet.blank();
  sheet.header([t('templates.kpi-tracking.indicator'), ...months, t('templates.formula')]);
  sheet.frozenRows = sheet.rows.length;
  sheet.frozenColumns = 1;
  sheet.group(t('templates.kpi-tracking.figures'));
  const rowOf: Partial<Record<Param, number>> = {};
  for (const { param, format } of allInputs()) {
    rowOf[param] = sheet.add('data', [
      text(t(`kpi.input.${param}`)),
      ...months.map((_, m) => {
        const value = examples[m]?.[param];
        return value === undefined ? input(format) : example(value, format);
      }),
    ]);
  }
  sheet.group(t('templates.kpi-tracking.indicators'));
  for (const { def, basis } of kpiRows()) {
    sheet.add('data', [
      text(kpiName(def, t, basis)),
      ...months.map((_, m) => {
        const refs: Refs = {};
        for (const [param, row] of Object.entries(rowOf) as [Param, number][]) refs[param] = address(m + 1, row);
        return kpiCell(def, refs, examples[m] ?? {}, na, basis);
      }),
      text(formulaText(def, t, lang, basis)),
    ]);
  }
  footer(sheet, t, lang, origin);
  return [sheet.build()];
}

function editorialCalendar(t: Translate, lang: Locale, origin: string): Sheet[] {
  const k = (key: string) => t(`templates.editorial-calendar.${key}` as UiKey);
  const columns = [
    'date',
    'time',
    'network',
    'format',
    'pillar',
    'objective',
    'message',
    'visual',
    'status',
    'owner',
    'result',
  ];
  const statuses = ['idea', 'draft', 'ready', 'scheduled', 'published'].map((s) => k(`status.${s}`));
  const sheet = new SheetBuilder(k('sheet'), [12, 10, 12, 12, 15, 13, 42, 20, 13, 14, 25], true);
  intro(sheet, t, 'editorial-calendar');
  sheet.note(t('templates.editorial-calendar.statusNote', { list: statuses.join(', ') }));
  sheet.blank();
  sheet.header(columns.map((c) => k(`col.${c}`)));
  sheet.frozenRows = sheet.rows.length;
  const choices = { columns: [8], values: statuses };
  const examples = [
    { date: '2027-01-12', time: exampleTimes[lang][0], status: statuses[3] ?? '', n: 1 },
    { date: '2027-01-16', time: exampleTimes[lang][1], status: statuses[2] ?? '', n: 2 },
  ];
  for (const e of examples) {
    const ex = (key: string) => text(k(`example${e.n}.${key}`), true);
    sheet.add(
      'data',
      [
        { kind: 'date', iso: e.date, example: true },
        text(e.time, true),
        ex('network'),
        ex('format'),
        ex('pillar'),
        ex('objective'),
        ex('message'),
        ex('visual'),
        text(e.status, true),
        ex('owner'),
        ex('result'),
      ],
      { choices },
    );
  }
  for (let i = 0; i < 30; i++) {
    sheet.add('data', [input('date'), ...columns.slice(1).map(() => input())], { choices });
  }
  footer(sheet, t, lang, origin);
  return [sheet.build()];
}

function persona(t: Translate, lang: Locale, origin: string): Sheet[] {
  const k = (key: string) => t(`templates.persona.${key}` as UiKey);
  const sheet = new SheetBuilder(k('sheet'), [34, 44, 44]);
  intro(sheet, t, 'persona');
  sheet.blank();
  sheet.header([k('field'), t('templates.example'), k('yours')]);
  sheet.frozenRows = sheet.rows.length;
  sheet.frozenColumns = 1;
  for (const row of [
    'name',
    'situation',
    'goals',
    'pains',
    'networks',
    'moments',
    'content',
    'needs',
    'objections',
    'sources',
  ]) {
    sheet.add('data', [text(k(`row.${row}`)), text(k(`example.${row}`), true), input()]);
  }
  footer(sheet, t, lang, origin);
  return [sheet.build()];
}

/** Example figures of the benchmark: your brand, then four competitors. */
const benchmarkExamples = [
  { followers: 1312, engagements: 226, mentions: 58 },
  { followers: 4850, engagements: 610, mentions: 131 },
  { followers: 2200, engagements: 388, mentions: 64 },
  { followers: 960, engagements: 97, mentions: 21 },
  { followers: 3100, engagements: 205, mentions: 14 },
];

function competitorBenchmark(t: Translate, lang: Locale, origin: string): Sheet[] {
  const k = (key: string) => t(`templates.competitor-benchmark.${key}` as UiKey);
  const na = t('kpi.result.na');
  const cols = [
    'account',
    'networks',
    'followers',
    'engagements',
    'engagementRate',
    'mentions',
    'share',
    'strengths',
    'weaknesses',
  ];
  const sheet = new SheetBuilder(k('sheet'), [18, 20, 12, 14, 16, 14, 12, 30, 30], true);
  intro(sheet, t, 'competitor-benchmark');
  sheet.blank();
  sheet.header(cols.map((c) => k(`col.${c}`)));
  sheet.frozenRows = sheet.rows.length;
  sheet.frozenColumns = 1;
  const first = sheet.next;
  const last = first + benchmarkExamples.length - 1;
  const total = benchmarkExamples.reduce((sum, e) => sum + e.mentions, 0);
  benchmarkExamples.forEach((e, index) => {
    const row = sheet.next;
    const f = (column: number) => address(column, row);
    sheet.add('data', [
      text(index === 0 ? k('you') : t('templates.competitor-benchmark.competitor', { n: index })),
      text(k('example.networks'), true),
      example(e.followers, 'count'),
      example(e.engagements, 'count'),
      kpiCell(kpis['engagement-rate'], { engagements: f(3), followers: f(2) }, e, na, 'followers'),
      example(e.mentions, 'count'),
      kpiCell(
        kpis['share-of-voice'],
        { brand: f(5), competitors: `(SUM(F$${first}:F$${last})-${f(5)})` },
        { brand: e.mentions, competitors: total - e.mentions },
        na,
      ),
      text(index === 0 ? k('example.strengths') : '', index === 0),
      text(index === 0 ? k('example.weaknesses') : '', index === 0),
    ]);
  });
  sheet.add('data', [
    text(t('templates.total')),
    { kind: 'empty' },
    { kind: 'empty' },
    { kind: 'empty' },
    { kind: 'empty' },
    { kind: 'formula', formula: `SUM(F${first}:F${last})`, cached: total, format: 'count' },
  ]);
  footer(sheet, t, lang, origin);
  return [sheet.build()];
}

function crisisPlan(t: Translate, lang: Locale, origin: string): Sheet[] {
  const k = (key: string) => t(`templates.crisis-plan.${key}` as UiKey);
  const sheet = new SheetBuilder(k('sheet'), [34, 50, 22, 22]);
  intro(sheet, t, 'crisis-plan');
  sheet.blank();
  sheet.heading(k('levels'));
  sheet.header([k('col.level'), k('col.signs'), k('col.decides'), k('col.delay')]);
  for (const level of [1, 2, 3]) {
    sheet.add('data', [text(k(`level${level}`)), text(k(`level${level}.signs`)), input(), input()]);
  }
  sheet.blank();
  sheet.heading(k('team'));
  sheet.header([k('col.role'), k('col.name'), k('col.phone'), k('col.backup')]);
  for (const role of ['decides', 'speaks', 'answers', 'checks']) {
    sheet.add('data', [text(k(`role.${role}`)), input(), input(), input()]);
  }
  sheet.blank();
  sheet.heading(k('firstHour'));
  sheet.header([k('col.step'), k('col.done')]);
  for (const step of [1, 2, 3, 4, 5, 6]) sheet.add('data', [text(k(`step${step}`)), input()]);
  sheet.blank();
  sheet.heading(k('holding'));
  sheet.add('data', [text(t('templates.example')), text(k('holdingModel'), true)]);
  sheet.add('data', [text(k('holdingYours')), input()]);
  sheet.blank();
  sheet.heading(k('after'));
  sheet.header([k('question'), k('answer')]);
  for (const question of [1, 2, 3]) sheet.add('data', [text(k(`after${question}`)), input()]);
  footer(sheet, t, lang, origin);
  return [sheet.build()];
}

/** Example figures of the monthly report: last month, then this month. */
const reportExamples: Partial<Record<Param, number>>[] = [trackingExamples[0] ?? {}, trackingExamples[1] ?? {}];

/** The KPIs of the monthly report, with the engagement rate by reach. */
const reportKpis: { id: KpiId; basis?: Basis }[] = [
  { id: 'audience-growth' },
  { id: 'reach-rate' },
  { id: 'engagement-rate', basis: 'reach' },
  { id: 'ctr' },
  { id: 'conversion-rate' },
  { id: 'cpc' },
  { id: 'cpa' },
  { id: 'roi' },
];

function monthlyReport(t: Translate, lang: Locale, origin: string): Sheet[] {
  const k = (key: string) => t(`templates.monthly-report.${key}` as UiKey);
  const na = t('kpi.result.na');
  const sheet = new SheetBuilder(k('sheet'), [44, 16, 16, 14, 40]);
  intro(sheet, t, 'monthly-report');
  sheet.blank();
  sheet.heading(k('about'));
  for (const key of ['month', 'brand', 'author']) sheet.add('data', [text(k(key)), input()]);
  sheet.blank();
  sheet.heading(k('figures'));
  sheet.header([k('indicator'), k('previous'), k('current')]);
  const params: Param[] = [
    'start',
    'end',
    'reach',
    'impressions',
    'engagements',
    'clicks',
    'conversions',
    'cost',
    'revenue',
  ];
  const rowOf: Partial<Record<Param, number>> = {};
  for (const param of params) {
    const format: NumberKind = param === 'cost' || param === 'revenue' ? 'money' : 'count';
    rowOf[param] = sheet.add('data', [
      text(t(`kpi.input.${param}`)),
      ...reportExamples.map((values) => example(values[param] ?? 0, format)),
    ]);
  }
  // The reach rate's followers are the followers at the end of the month.
  if (rowOf.end !== undefined) rowOf.followers = rowOf.end;
  sheet.blank();
  sheet.heading(k('indicators'));
  sheet.note(k('changeNote'));
  sheet.note(k('followersNote'));
  sheet.header([k('indicator'), k('previous'), k('current'), k('change'), t('templates.formula')]);
  for (const { id, basis } of reportKpis) {
    const def = kpis[id];
    const row = sheet.next;
    const cells = reportExamples.map((values, column) => {
      const refs: Refs = {};
      for (const [param, at] of Object.entries(rowOf) as [Param, number][]) refs[param] = address(column + 1, at);
      const figures = { ...values, followers: values.end ?? 0 };
      return kpiCell(def, refs, figures, na, basis);
    });
    const [before, now] = cells.map((c) => (c.kind === 'formula' ? c.cached : na));
    const change = typeof before === 'number' && typeof now === 'number' ? now - before : na;
    sheet.add('data', [
      text(kpiName(def, t, basis)),
      ...cells,
      {
        kind: 'formula',
        formula: `IF(OR(ISTEXT(B${row}),ISTEXT(C${row})),${formulaString(na)},C${row}-B${row})`,
        cached: change,
        format: def.result === 'percent' ? 'decimal' : 'money',
      },
      text(formulaText(def, t, lang, basis)),
    ]);
  }
  sheet.blank();
  sheet.heading(k('comments'));
  for (const key of ['highlights', 'learnt', 'actions']) sheet.add('data', [text(k(key)), input()]);
  footer(sheet, t, lang, origin);
  return [sheet.build()];
}

export interface BuildOptions {
  /**
   * Other figures for the months of the KPI tracking sheet (tests recompute the formulas on
   * such rows); by default January and February hold `trackingExamples`.
   */
  months?: Partial<Record<Param, number>>[];
}

const builders: Record<TemplateId, (t: Translate, lang: Locale, origin: string, options: BuildOptions) => Sheet[]> = {
  'editorial-calendar': editorialCalendar,
  'kpi-tracking': kpiTracking,
  persona,
  'competitor-benchmark': competitorBenchmark,
  'crisis-plan': crisisPlan,
  'monthly-report': monthlyReport,
};

/** A template in a language; `origin` is the site's address, named in the file's last line. */
export function buildTemplate(id: TemplateId, lang: Locale, origin: string, options: BuildOptions = {}): Template {
  const t = useTranslations(lang);
  return {
    id,
    lang,
    title: t(`templates.${id}.title` as UiKey),
    description: t(`templates.${id}.description` as UiKey),
    use: t(`templates.${id}.use` as UiKey),
    sheets: builders[id](t, lang, origin, options),
  };
}
