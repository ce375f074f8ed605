import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  levelOf,
  objectiveDimensions,
  actionPlan,
  questionIds,
  scoreAudit,
  type Answers,
  type DimensionRef,
  type StoredAnswer,
} from '../../src/lib/audit';
import { analyzeObjective } from '../../src/lib/smart/analyze';
import { frenchTypographyIssues } from '../../src/lib/typography';
import { AuditDimension } from '../../src/schemas/audit';

const raw: unknown = parse(readFileSync(new URL('../../content/audit.yaml', import.meta.url), 'utf8'));
const content = AuditDimension.array().parse(raw);
const dimensions: DimensionRef[] = content;
const ids = questionIds(dimensions);

describe('content/audit.yaml', () => {
  it('has at least 24 questions over at least 8 dimensions, each id unique', () => {
    expect(content.length).toBeGreaterThanOrEqual(8);
    expect(ids.length).toBeGreaterThanOrEqual(24);
    expect(new Set(ids).size).toBe(ids.length);
    const dimIds = content.map((d) => d.id);
    expect(new Set(dimIds).size).toBe(dimIds.length);
  });

  it('numbers the dimensions 1, 2, 3... in file order (the collection sorts by id)', () => {
    expect(content.map((d) => d.order)).toEqual(content.map((_, i) => i + 1));
  });

  it('covers the dimensions the issue names', () => {
    expect(content.map((d) => d.id)).toEqual(
      expect.arrayContaining([
        'inventory-security',
        'profiles',
        'goals-kpis',
        'content',
        'audience',
        'timing',
        'channels',
        'competitors',
        'community',
        'trends',
      ]),
    );
  });

  it('covers every self-audit question of the source article', () => {
    const fromArticle = new Set(content.flatMap((d) => d.questions.filter((q) => q.fromArticle).map((q) => q.id)));
    // What works / who interacts / does the target engage / how and when / which network / competitors.
    for (const id of [
      'top-bottom-posts',
      'engager-profile',
      'target-match',
      'best-times',
      'best-network',
      'competitor-benchmark',
    ]) {
      expect(fromArticle.has(id), id).toBe(true);
    }
  });

  it('links to chapters and tools that exist in both locales', () => {
    for (const lang of ['fr', 'en']) {
      const chapters = readdirSync(new URL(`../../content/guide/${lang}/`, import.meta.url)).map((f) =>
        f.replace(/^\d\d-|\.mdx$/g, ''),
      );
      for (const q of content.flatMap((d) => d.questions)) {
        expect(chapters, `${q.id} -> ${q.chapter}`).toContain(q.chapter);
        if (q.tool !== undefined) {
          expect(
            existsSync(new URL(`../../content/tools/${lang}/${q.tool}.mdx`, import.meta.url)),
            `${q.id} -> ${q.tool}`,
          ).toBe(true);
        }
      }
    }
  });

  it('suggests objectives that the SMART checker finds complete (no criterion missing)', () => {
    for (const d of content) {
      for (const lang of ['fr', 'en'] as const) {
        const analysis = analyzeObjective(d[lang].objective, { lang });
        const missing = analysis.criteria.filter((c) => c.status === 'missing').map((c) => c.criterion);
        expect(missing, `${lang} ${d.id}: ${d[lang].objective}`).toEqual([]);
      }
    }
  });

  it('keeps French typography in every French string', () => {
    const strings = content.flatMap((d) => [
      ...Object.values(d.fr),
      ...d.questions.flatMap((q) => Object.values(q.fr).filter((v): v is string => typeof v === 'string')),
    ]);
    for (const s of strings) expect(frenchTypographyIssues(s), s).toEqual([]);
  });
});

const small: DimensionRef[] = [
  {
    id: 'a',
    questions: [
      { id: 'a1', weight: 1 },
      { id: 'a2', weight: 3 },
    ],
  },
  { id: 'b', questions: [{ id: 'b1', weight: 2 }] },
];

describe('scoreAudit', () => {
  it('scores 0 / 1 / 2 points, weighted, with "I don\'t know" and skipped as 0', () => {
    const s = scoreAudit(small, { a1: 'yes', a2: 'partly', b1: 'unknown' });
    expect(s.dimensions[0]).toMatchObject({ points: 2 + 3, max: 8, percent: 62.5, level: 'improve', answered: 2 });
    expect(s.dimensions[1]).toMatchObject({ points: 0, max: 4, percent: 0, level: 'priority', unknown: 1 });
    expect(s.percent).toBeCloseTo((5 / 12) * 100);
    expect(scoreAudit(small, {}).percent).toBe(0);
    expect(scoreAudit(small, { a1: 'no', a2: 'no', b1: 'no' })).toMatchObject({ percent: 0, answered: 3 });
  });

  it('gives 100 % when every answer is yes', () => {
    const all: Answers = Object.fromEntries(ids.map((id) => [id, 'yes']));
    const s = scoreAudit(dimensions, all);
    expect(s.percent).toBe(100);
    expect(s.level).toBe('maintain');
    expect(s.dimensions.every((d) => d.percent === 100)).toBe(true);
  });

  it('uses the docs/FACTS.md thresholds', () => {
    expect(levelOf(0)).toBe('priority');
    expect(levelOf(49.9)).toBe('priority');
    expect(levelOf(50)).toBe('improve');
    expect(levelOf(79.9)).toBe('improve');
    expect(levelOf(80)).toBe('maintain');
    expect(levelOf(100)).toBe('maintain');
  });
});

describe('action plan', () => {
  const plan = (answers: Record<string, StoredAnswer>) => actionPlan(content, answers);

  it('lists every weak answer, with no cap per area, basics before analytics at equal loss', () => {
    const answers: Answers = Object.fromEntries(ids.map((id) => [id, 'no']));
    const p = plan(answers);
    expect(p).toHaveLength(ids.length);
    const perDim = new Map<string, number>();
    for (const x of p) perDim.set(x.dimensionId, (perDim.get(x.dimensionId) ?? 0) + 1);
    expect(Math.max(...perDim.values())).toBeGreaterThan(2);
    // Everything answered "no": the heaviest basic comes first, analytics of the same weight later.
    expect(p[0]?.kind).toBe('basic');
    const firstAnalytics = p.findIndex((x) => x.kind === 'analytics');
    const lastHeavyBasic = p.findLastIndex((x) => x.kind === 'basic' && x.lost >= 4);
    expect(lastHeavyBasic).toBeLessThan(firstAnalytics);
    expect(p.slice(0, 3).every((x) => x.horizon === 'week')).toBe(true);
    expect(p.slice(3, 7).every((x) => x.horizon === 'month')).toBe(true);
  });

  it('never lists a question answered yes or not applicable, and lists skipped ones', () => {
    const answers: Record<string, StoredAnswer> = Object.fromEntries(ids.map((id) => [id, 'yes']));
    delete answers['crisis-plan'];
    answers['steady-frequency'] = 'partly';
    answers['disclosure-consent'] = 'na';
    expect(
      plan(answers)
        .map((x) => x.questionId)
        .sort(),
    ).toEqual(['crisis-plan', 'steady-frequency']);
    expect(plan({}).every((x) => x.answer === undefined)).toBe(true);
  });

  it('puts a question that serves the main goal ahead of an equal one that does not', () => {
    const dims = [
      {
        id: 'a',
        questions: [
          { id: 'x', weight: 2, kind: 'practice', minutes: 30 },
          { id: 'y', weight: 2, kind: 'practice', minutes: 60, goals: ['leads'] },
        ],
      },
    ] as const;
    expect(actionPlan(dims, { x: 'no', y: 'no' }).map((a) => a.questionId)).toEqual(['x', 'y']);
    expect(actionPlan(dims, { x: 'no', y: 'no' }, { goal: 'leads' }).map((a) => a.questionId)).toEqual(['y', 'x']);
  });

  it('suggests objectives for the weakest dimensions that are not at "maintain"', () => {
    const answers: Answers = Object.fromEntries(ids.map((id) => [id, 'yes']));
    answers['smart-goals'] = 'no';
    answers['response-time'] = 'no'; // community: 6 of 10 points, 60 %
    const dims = objectiveDimensions(scoreAudit(dimensions, answers));
    expect(dims).toEqual(['goals-kpis', 'community']);
    expect(objectiveDimensions(scoreAudit(dimensions, {})).length).toBe(3);
  });
});
