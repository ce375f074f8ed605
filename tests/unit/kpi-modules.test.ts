/**
 * The KPI modules as the one source of every KPI list: the registry, the formula that both
 * computes and is shown, the lists the SMART engine derives (bounded, currency, lexicon), and the
 * "Add a KPI" recipe of docs/ARCHITECTURE.md, proven with an extra KPI registered by this test.
 */
import { describe, expect, it } from 'vitest';
import en from '../../src/lib/i18n/en/kpi';
import fr from '../../src/lib/i18n/fr/kpi';
import { compileMessages } from '../../src/lib/i18n/translate';
import { evaluateDef } from '../../src/lib/kpi/compute';
import { kpiIds, kpis } from '../../src/lib/kpi/definitions';
import { describeDef } from '../../src/lib/kpi/describe';
import { makeFormatter, makeT } from '../../src/lib/kpi/format';
import { evaluateFormula, formulaOf, renderFormula } from '../../src/lib/kpi/formula';
import type { KpiKeysOf } from '../../src/lib/kpi/keys';
import type { KpiDef } from '../../src/lib/kpi/metric';
import { c, count, i, nonZero, op, sample } from '../../src/lib/kpi/metrics/define';
import { boundedKpiIds, kpiDefs, kpiLexicon, kpiPatterns, kpiPhrases } from '../../src/lib/kpi/smart';
import enWords, { phrases as enPhrases } from '../../src/lib/i18n/en/smart-kpis';
import frWords, { phrases as frPhrases } from '../../src/lib/i18n/fr/smart-kpis';
import { analyzeObjective, buildObjective, type Lang } from '../../src/lib/smart';
import { TERMS } from '../../src/lib/smart/lexicon';
import { rulesFor } from '../../src/lib/smart/rules';
import { fillTemplate, fold } from '../../src/lib/smart/text';

const NOW = new Date(Date.UTC(2026, 0, 15, 12));

describe('the KPI registry', () => {
  it('holds one module per public id, under its own id, in the order of the tools index', () => {
    expect(Object.keys(kpis)).toEqual([...kpiIds]);
    for (const id of kpiIds) expect(kpis[id].id).toBe(id);
  });

  it('computes with the formula it shows: 25 clicks for 1 000 impressions is exactly 2.5 %', () => {
    const ctr = evaluateDef(kpis.ctr, { clicks: '25', impressions: '1 000' }, 'fr');
    expect(ctr.outputs[0]?.value).toBe(2.5);
    expect(renderFormula(kpis.ctr.formula, (p) => p, String)).toBe('clicks ÷ impressions × 100');
    // Brackets and precedence: ROI on 1 500 € of margin for 1 200 € spent.
    const roi = evaluateFormula(kpis.roi.formula, (p) => ({ revenue: 1500, cost: 1200 })[p as 'cost'] ?? NaN);
    expect(roi).toBe(25);
    expect(renderFormula(kpis.roi.formula, (p) => p, String)).toBe('(revenue − cost) ÷ cost × 100');
    expect(renderFormula(formulaOf(kpis['engagement-rate'], 'impressions'), (p) => p, String)).toBe(
      'engagements ÷ impressions × 100',
    );
  });

  it('gives every module its strings in both languages (names, descriptions, meaning sentences)', () => {
    for (const id of kpiIds) {
      for (const dict of [fr, en] as Record<string, string>[]) {
        expect(dict[`kpi.${id}.name`], id).toBeTruthy();
        expect(
          Object.keys(dict).some((k) => k.startsWith(`kpi.${id}.meaning`)),
          id,
        ).toBe(true);
      }
    }
  });
});

describe('one list of shares bounded by 100 %', () => {
  const percentKpis = kpiIds.filter((id) => kpis[id].result === 'percent');
  const goals: Record<Lang, string> = { fr: 'développer les ventes', en: 'grow sales' };

  it.each(['fr', 'en'] as const)(
    'the builder refuses a target above 100 percent exactly where the checker does (%s)',
    (lang) => {
      for (const id of percentKpis) {
        const built = buildObjective(
          { metric: id, network: 'instagram', baseline: 90, target: 110, deadline: '2026-06-30', goal: 'sales' },
          lang,
          NOW,
        );
        const builderRefuses = !built.ok && built.errors.some((e) => e.key === 'smart.builder.error.bounded');
        const phrase = rulesFor(lang).metrics[id] ?? id;
        const sentence =
          lang === 'fr'
            ? `Faire passer ${phrase} sur Instagram de 90 % à 110 % d’ici le 30 juin 2026, pour ${goals.fr}.`
            : `Bring ${phrase} on Instagram from 90% to 110% by 30 June 2026, to ${goals.en}.`;
        const achievable = analyzeObjective(sentence, { lang, now: NOW }).criteria.find(
          (r) => r.criterion === 'achievable',
        );
        const checkerRefuses = achievable?.reason.key === 'smart.A.bounded';
        expect({ id, builderRefuses }).toEqual({ id, builderRefuses: checkerRefuses });
        expect({ id, bounded: builderRefuses }).toEqual({ id, bounded: kpis[id].bounded === true });
      }
    },
  );

  it('bounds an engagement rate (both refuse 110 %) but not a reach rate (non-followers are reached too)', () => {
    expect(boundedKpiIds()).toContain('engagement-rate');
    expect(boundedKpiIds()).not.toContain('reach-rate');
  });
});

/** An extra KPI, written as the recipe says: virality rate = shares ÷ impressions × 100. */
const virality = {
  id: 'virality-rate',
  family: 'engagement',
  inputs: [count('shares'), count('impressions')],
  result: 'percent',
  formula: [i('shares'), op('÷'), i('impressions'), op('×'), c(100)],
  rules: [nonZero('impressions'), sample('impressions')],
  meaning: { inputs: ['shares', 'impressions'] },
  bounded: true,
  smart: { goal: 'awareness' },
} as const satisfies KpiDef<'virality-rate'>;

// Its strings: the keys are derived from the module, so a missing one fails type checking.
const viralityStrings: Record<KpiKeysOf<'virality-rate', typeof virality>, string> = {
  'kpi.virality-rate.name': 'Taux de viralité',
  'kpi.virality-rate.description': 'Calculez la part des affichages qui ont donné lieu à un partage.',
  'kpi.virality-rate.meaning':
    '{value} des impressions ont mené à un partage\u202f: {shares} partages pour {impressions} impressions.',
};

// A dictionary without the meaning sentence does not type-check (`astro check` runs on tests too).
// @ts-expect-error -- 'kpi.virality-rate.meaning' is missing
const incomplete: Record<KpiKeysOf<'virality-rate', typeof virality>, string> = {
  'kpi.virality-rate.name': 'Taux de viralité',
  'kpi.virality-rate.description': 'Calculez la part des affichages qui ont donné lieu à un partage.',
};

describe('adding a KPI (the recipe of docs/ARCHITECTURE.md)', () => {
  it('needs its strings: a missing one is a type error (above), not a key shown on the page', () => {
    expect(Object.keys(incomplete)).toHaveLength(2);
  });

  it('computes it, with its rules, from what a visitor types', () => {
    const ok = evaluateDef(virality, { shares: '45', impressions: '3 000' }, 'fr');
    expect(ok.outputs[0]?.value).toBe(1.5);
    expect(evaluateDef(virality, { shares: '3', impressions: '0' }, 'fr').fields.impressions).toEqual({
      state: 'error',
      error: 'zero',
    });
    expect(evaluateDef(virality, { shares: '3', impressions: '60' }, 'en').warnings).toEqual(['smallSample']);
  });

  it('renders its formula and its meaning sentence in the page’s language', () => {
    const evaluation = evaluateDef(virality, { shares: '45', impressions: '3 000' }, 'fr');
    const output = evaluation.outputs[0];
    if (!output) throw new Error('no output');
    const sentence = describeDef(virality, evaluation, output);
    if (!sentence) throw new Error('no sentence');
    // As the page gives them to the island: keyed without `kpi.`, compiled.
    const strings = Object.fromEntries(
      Object.entries({ ...fr, ...viralityStrings }).map(([k, v]) => [k.slice('kpi.'.length), v]),
    );
    const t = makeT(compileMessages(strings), 'fr');
    const fmt = makeFormatter('fr');
    const vars = Object.fromEntries(Object.entries(sentence.vars).map(([k, v]) => [k, fmt(v.value, v.unit, 'EUR')]));
    expect(t(sentence.key, vars)).toBe(
      '1,5\u00a0% des impressions ont mené à un partage\u202f: 45 partages pour 3\u202f000 impressions.',
    );
    expect(
      renderFormula(
        virality.formula,
        (p) => t(`sym.${p}`),
        (n) => fmt(n, 'count', 'EUR'),
      ),
    ).toBe('partages ÷ impressions × 100');
  });

  it('is known to the SMART lexicon and its words find it in an objective', () => {
    const defs = [...kpiDefs, virality];
    const terms = kpiLexicon(defs);
    const frPatterns = kpiPatterns({ ...frWords, 'virality-rate': 'taux de viralite' }, defs);
    const enPatterns = kpiPatterns({ ...enWords, 'virality-rate': 'virality rates?' }, defs);
    const at = terms.findIndex((term) => term.id === 'virality-rate');
    expect(terms[at]).toEqual({ id: 'virality-rate', goal: 'awareness' });
    expect(fold('Porter le taux de viralité de nos Reels à 2 %')).toMatch(new RegExp(frPatterns[at] ?? '$^'));
    expect('lift our virality rate to 2%').toMatch(new RegExp(enPatterns[at] ?? '$^'));
    expect(boundedKpiIds(defs)).toContain('virality-rate');
  });

  it('gives the builder its phrase, which the builder writes into its sentence', () => {
    const defs = [...kpiDefs, virality];
    const frMetrics = kpiPhrases({ ...frPhrases, 'virality-rate': 'le taux de viralité' }, defs);
    const enMetrics = kpiPhrases({ ...enPhrases, 'virality-rate': 'virality rate' }, defs);
    expect(frMetrics['virality-rate']).toBe('le taux de viralité');
    expect(enMetrics['virality-rate']).toBe('virality rate');
    // The builder's sentence, with the new KPI's phrase where the metric goes.
    expect(fillTemplate(rulesFor('fr').sentence, { metric: frMetrics['virality-rate'] ?? '' })).toMatch(
      /^Faire passer le taux de viralité sur /,
    );
    expect(fillTemplate(rulesFor('en').sentence, { metric: enMetrics['virality-rate'] ?? '' })).toMatch(
      /^Bring virality rate on /,
    );
  });

  it('the site’s builder names each registry KPI with its module’s phrase, in both languages', () => {
    for (const [lang, phrases] of [
      ['fr', frPhrases],
      ['en', enPhrases],
    ] as const) {
      for (const id of kpiIds) expect(rulesFor(lang).metrics[id], id).toBe(phrases[id]);
    }
    // What a visitor sees: the CTR phrase of the module in the built objective.
    const input = {
      metric: 'ctr',
      network: 'instagram',
      baseline: 1.2,
      target: 1.5,
      deadline: '2026-06-30',
      goal: 'traffic',
    };
    const fr = buildObjective(input, 'fr', NOW);
    const en = buildObjective(input, 'en', NOW);
    expect(fr.ok && fr.sentence).toContain(`Faire passer ${frPhrases.ctr} sur Instagram de 1,2`);
    expect(en.ok && en.sentence).toContain(`Bring ${enPhrases.ctr} on Instagram from 1.2%`);
  });

  it('the site’s own lexicon starts with the registry’s KPIs, paired with their words by position', () => {
    expect(TERMS.slice(0, kpiIds.length).map((t) => t.id)).toEqual([...kpiIds]);
    for (const lang of ['fr', 'en'] as const) {
      const words = lang === 'fr' ? frWords : enWords;
      expect(rulesFor(lang).terms.slice(0, kpiIds.length)).toEqual(kpiIds.map((id) => words[id]));
    }
  });
});
