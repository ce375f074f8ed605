/**
 * The trainers' worksheets: the answer keys are computed by the tools' own functions from the
 * same values as the prefilled links and the questions, so that none of the three can disagree.
 */
import { describe, expect, it } from 'vitest';
import { analyzeObjective } from '../../src/lib/smart/analyze';
import { computeKpi, kpis, type Param } from '../../src/lib/kpi';
import { formatCurrency, formatPercent } from '../../src/lib/numbers';
import { useTranslations, locales, type Locale } from '../../src/lib/i18n';
import {
  exerciseLinks,
  isLessonId,
  kpiAnswer,
  lessonIds,
  lessonMinutes,
  lessons,
  MODEL_OBJECTIVE,
  questionText,
  smartAnswer,
  SMART_TODAY,
  voiceRows,
  type KpiExercise,
} from '../../src/lib/embed/lessons';

const kpiExercises = lessonIds.flatMap((id) =>
  lessons[id].exercises.filter((ex): ex is KpiExercise => ex.kind === 'kpi').map((ex) => ({ lesson: id, ex })),
);

const answerOf = (lesson: 'kpi' | 'voice', id: string, lang: Locale) => {
  const ex = lessons[lesson].exercises.find((e) => e.id === id);
  if (ex?.kind !== 'kpi') throw new Error(`no KPI exercise ${id}`);
  return kpiAnswer(ex, lang);
};

describe('the bakery KPI lesson key', () => {
  it('gives the answers a trainer works out by hand, written as the calculators write them', () => {
    const texts = (id: string, lang: Locale) => answerOf('kpi', id, lang).results.map((r) => r.text);
    // 1 200 -> 1 350 followers: +150, i.e. 12.5 %.
    expect(texts('audience-growth', 'fr')).toEqual(['12,5\u00a0%']);
    expect(texts('audience-growth', 'en')).toEqual(['12.5%']);
    // 945 of 1 350 followers reached.
    expect(texts('reach-rate', 'fr')).toEqual(['70\u00a0%']);
    // 85 engagements: by reach 85/945, by followers 85/1 350.
    expect(answerOf('kpi', 'engagement-rate', 'en').results.map((r) => [r.basis, r.text])).toEqual([
      ['reach', '8.99%'],
      ['followers', '6.3%'],
    ]);
    // 42 clicks on 5 600 impressions; €30 / 42 clicks; 6 orders of 42 clicks; €30 / 6 orders.
    expect(texts('ctr', 'fr')).toEqual(['0,75\u00a0%']);
    expect(texts('cpc', 'en')).toEqual(['€0.71']);
    expect(texts('conversion-rate', 'en')).toEqual(['14.29%']);
    expect(texts('cpa', 'fr')).toEqual(['5,00\u00a0€']);
    // €120 of margin for €30 spent: +300 %.
    expect(texts('roi', 'en')).toEqual(['300%']);
    // The calculator warns about 42 clicks as a base; so does the key.
    expect(answerOf('kpi', 'conversion-rate', 'fr').warnings).toContain('smallSample');
  });

  it('gives each shared figure (the ad’s clicks, its cost, the reach) one value', () => {
    const seen = new Map<string, string>();
    for (const ex of lessons.kpi.exercises) {
      if (ex.kind !== 'kpi') continue;
      for (const [param, value] of Object.entries(ex.values)) {
        expect(seen.get(param) ?? value, `${ex.id}.${param}`).toBe(value);
        seen.set(param, value);
      }
    }
  });
});

describe('every KPI answer on every key', () => {
  it.each(kpiExercises.map(({ lesson, ex }) => [`${lesson}/${ex.id}`, ex] as const))(
    '%s equals the calculator’s own formula for the lesson’s values',
    (_name, ex) => {
      const numbers = Object.fromEntries(Object.entries(ex.values).map(([p, v]) => [p, Number(v)])) as Partial<
        Record<Param, number>
      >;
      const computed = computeKpi(ex.tool, numbers);
      for (const lang of locales) {
        const answer = kpiAnswer(ex, lang);
        expect(answer.results.map((r) => r.value)).toEqual(computed.outputs.map((o) => o.value));
        for (const result of answer.results) {
          const text =
            kpis[ex.tool].result === 'currency'
              ? formatCurrency(result.value, lang, 'EUR')
              : formatPercent(result.value, lang);
          expect(result.text).toBe(text);
        }
      }
    },
  );

  it('opens the tool with exactly the values the answer was computed from', () => {
    for (const { ex } of kpiExercises) {
      const t = useTranslations('fr');
      const { full, embed } = exerciseLinks(ex, 'fr', t);
      for (const link of [full, embed]) {
        const params = new URL(link, 'https://example.org').searchParams;
        expect(Object.fromEntries(params)).toEqual(ex.values);
        expect(link).toContain(`/${ex.tool}/`);
      }
    }
  });
});

describe('the questions', () => {
  it.each(locales.flatMap((lang) => lessonIds.map((id) => [lang, id] as const)))(
    '(%s, %s) are filled in and name only figures of the prefilled links',
    (lang, id) => {
      const t = useTranslations(lang);
      const lesson = lessons[id];
      const linked = new Set<number>();
      for (const ex of lesson.exercises)
        if (ex.kind === 'kpi') for (const v of Object.values(ex.values)) linked.add(Number(v));
      for (const ex of lesson.exercises) {
        const text = questionText(lesson, ex, lang, t);
        expect(text).not.toMatch(/[{}]/);
        // Figures of the question (€30,00, 5 600, 1,350...) read back as numbers.
        const group = lang === 'fr' ? /[\u202f\u00a0 ]/g : /,/g;
        const figures = (text.match(/\d[\d\u202f\u00a0 ,.]*\d|\d/g) ?? []).map((f) =>
          Number(f.replace(group, '').replace(',', '.')),
        );
        for (const figure of figures) expect(linked, `${text}: ${figure}`).toContain(figure);
      }
    },
  );

  it('use reach, followers and interactions for organic posts, impressions only for the paid ad (docs/FACTS.md §0.8)', () => {
    for (const { lesson, ex } of kpiExercises) {
      if ('impressions' in ex.values) expect([lesson, ex.tool]).toEqual(['kpi', 'ctr']);
    }
    for (const lang of locales) {
      const t = useTranslations(lang);
      for (const id of ['smart', 'voice'] as const) {
        const text = lessons[id].exercises.map((ex) => questionText(lessons[id], ex, lang, t)).join(' ');
        expect(text).not.toMatch(/impression/i);
      }
    }
  });
});

describe('the share-of-voice lesson key', () => {
  it('gives our share of voice and each bakery’s share of the mentions', () => {
    // 48 mentions for us, 72 and 40 for the competitors: 160 in all.
    expect(answerOf('voice', 'share', 'fr').results.map((r) => r.text)).toEqual(['30\u00a0%']);
    expect(voiceRows(lessons.voice, 'en', 'Our bakery')).toEqual([
      { name: 'Our bakery', mentions: '48', share: '30%' },
      { name: 'Boulangerie Martin', mentions: '72', share: '45%' },
      { name: 'Le Fournil du Parc', mentions: '40', share: '25%' },
    ]);
  });

  it('prefills the share-of-voice tool with the table’s totals', () => {
    const share = lessons.voice.exercises.find((e) => e.id === 'share');
    const [own, ...others] = lessons.voice.competitors ?? [];
    expect(share?.kind === 'kpi' && share.values).toEqual({
      brand: String(own?.mentions),
      competitors: String(others.reduce((sum, c) => sum + c.mentions, 0)),
    });
  });

  it('keeps the discussion’s answer true: the most mentioned bakery engages its followers least', () => {
    const rates = ['ours', 'rival1', 'rival2'].map((id) => answerOf('voice', id, 'en').results[0]?.value ?? NaN);
    expect(rates.map((r) => r.toFixed(2))).toEqual(['6.30', '3.00', '6.00']);
    const table = lessons.voice.competitors ?? [];
    const mostMentioned = table.reduce((best, row, i) => (row.mentions > (table[best]?.mentions ?? 0) ? i : best), 0);
    expect(rates[mostMentioned]).toBe(Math.min(...rates));
  });
});

describe('the SMART workshop key', () => {
  it('is the checker’s own analysis of each objective', () => {
    for (const lang of locales) {
      const t = useTranslations(lang);
      for (const ex of lessons.smart.exercises) {
        if (ex.kind !== 'smart') continue;
        const text = t(ex.objective);
        expect(smartAnswer(text, lang)).toEqual(analyzeObjective(text, { lang, now: SMART_TODAY }));
        // An objective to improve: none of them meets all five criteria.
        expect(smartAnswer(text, lang).score).toBeLessThan(5);
        const { full } = exerciseLinks(ex, lang, t);
        expect(new URL(full, 'https://example.org').searchParams.get('objective')).toBe(text);
      }
    }
  });

  it('shows a model objective that the checker finds SMART on all five criteria, in both languages', () => {
    for (const lang of locales) {
      const analysis = smartAnswer(useTranslations(lang)(MODEL_OBJECTIVE), lang);
      expect(analysis.criteria.map((c) => c.status)).toEqual(['met', 'met', 'met', 'met', 'met']);
      expect(analysis.score).toBe(5);
    }
  });
});

describe('the lesson plans', () => {
  it('last under an hour each and show every exercise on screen at one step', () => {
    for (const id of lessonIds) {
      const lesson = lessons[id];
      expect(lessonMinutes(lesson)).toBeGreaterThanOrEqual(30);
      expect(lessonMinutes(lesson)).toBeLessThanOrEqual(60);
      const shown = lesson.plan.flatMap((step) => step.exercises);
      const ids = lesson.exercises.map((e) => e.id);
      for (const exercise of ids) expect(shown, `${id}: ${exercise}`).toContain(exercise);
      for (const exercise of shown) expect([...ids, 'model']).toContain(exercise);
    }
  });

  it('are named by their ids only', () => {
    expect(isLessonId('kpi')).toBe(true);
    expect(isLessonId('../kpi')).toBe(false);
  });
});
