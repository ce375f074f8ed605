/* eslint-disable max-lines -- a list of test cases over one feature, read one block at a time */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import en from '../../src/lib/i18n/en/smart';
import fr from '../../src/lib/i18n/fr/smart';
import {
  analyzeObjective,
  buildObjective,
  BUILDER_METRICS,
  BUILDER_NETWORKS,
  CRITERIA,
  detectLanguage,
  GOALS,
  interpolateMessage,
  MAX_OBJECTIVE_LENGTH,
  parseTypedNumber,
  sanitizeObjective,
  type Analysis,
  type Criterion,
  type CriterionResult,
  type Status,
} from '../../src/lib/smart';

/** "Today" for every test: dates in the objectives are read against it. */
const NOW = new Date(Date.UTC(2026, 0, 15, 12));

const CODE: Record<string, Status> = { m: 'met', p: 'partial', '-': 'missing', '?': 'unknown' };

/**
 * Labelled objectives: expected statuses in the order S M A R T, one character each:
 * m = met, p = partial, - = missing, ? = unknown. The first ten of each list are docs/FACTS.md §3's good
 * objectives, the next ten its bad ones; the rest cover number and date forms. docs/FACTS.md marks
 * criteria only ✓/✗; the statuses here follow the definitions of tests/fixtures/smart-corpus/README.md:
 * a social metric with no network is partial, a business result needs none; a vanity metric
 * (followers, likes, views) with no stated purpose is partial on Relevant, and a metric that does
 * not serve the stated goal is missing; a direction with no number is not measurable; a vague
 * time word is no deadline; Achievable is "unknown" when the sentence gives nothing to judge from.
 */
const FRENCH: [string, string][] = [
  [
    "Faire passer le taux d'engagement moyen (par portée) de nos Reels Instagram de 2,1 % à 3 % d'ici le 30 juin.",
    'mmmmm',
  ],
  ['Obtenir 40 demandes de devis via le formulaire LinkedIn Lead Gen au 3e trimestre, budget 1 200 €.', 'mmmmm'],
  ['Porter notre note Google de 4,1 à 4,4 en 6 mois en répondant à 100 % des avis sous 48 h.', 'mmmmm'],
  ['Gagner 300 abonnés nets sur TikTok entre janvier et mars (référence : +180 au trimestre précédent).', 'mmmpm'],
  ['Générer 300 visites du site depuis Pinterest en avril (Google Analytics, source = pinterest).', 'mm?mm'],
  ['Augmenter notre part de voix sociale face à 3 concurrents de 18 % à 25 % d’ici décembre.', 'mmmmm'],
  ['Répondre à 90 % des messages Instagram en moins de 2 h ouvrées dès ce trimestre.', 'mm?mp'],
  ['Obtenir un ROAS ≥ 3 sur la campagne Meta « soldes d’été » (15 juin–15 juillet).', 'mm?mm'],
  ['Atteindre un taux de rétention des Stories ≥ 75 % sur 8 semaines, à 4 Stories par semaine.', 'mm?mm'],
  ['Collecter 150 inscriptions à la newsletter via Instagram en septembre (lien UTM).', 'mm?mm'],
  ['Être plus visibles sur les réseaux sociaux.', '--?p-'],
  ["Avoir plus d'abonnés.", 'p-?p-'],
  ['Devenir viral cette année.', '--p-m'],
  ["Atteindre 1 million d'abonnés en un mois (compte à 2 000).", 'pm-pm'],
  ['Publier tous les jours sur tous les réseaux.', '-mp-p'],
  ["Améliorer l'e-réputation.", '--?m-'],
  ["Doubler les likes sur Facebook d'ici juin (objectif B2B = leads).", 'mmm-m'],
  ["Augmenter le taux d'engagement de 20 %.", 'pm?m-'],
  ['Lancer TikTok un jour.', 'p-?--'],
  ['Faire 10 000 ventes grâce aux réseaux, sans budget ni délai.', 'mm-m-'],
  ['Gagner 500 abonnés sur Instagram d’ici le 31/03/2027 (compte à 4 000).', 'mmmpm'],
  ["Doubler nos ventes via Facebook d'ici le 31 mars (actuellement 40 par mois).", 'mmpmm'],
  ['Atteindre trois mille abonnés sur TikTok au T2 (nous avons 2 500 abonnés).', 'mmmpm'],
  ['Obtenir 25 demandes de devis sur LinkedIn à la fin du trimestre.', 'mm?mm'],
  ['Augmenter de 15 % les visites du site depuis Pinterest d’ici 6 mois.', 'mmmmm'],
  ['Recruter trois commerciaux grâce à LinkedIn en trois semaines.', 'mm?mm'],
  ['Publier six Reels par semaine sur Instagram cet été pour développer la notoriété.', 'mm?mm'],
  ['Améliorer le taux de clic de nos publicités Facebook de 0,9 % à 1,3 % d’ici septembre.', 'mmmmm'],
  ['Réduire le coût par lead sur LinkedIn de 45 € à 30 € au 3e trimestre.', 'mmmmm'],
  ['Multiplier par dix nos abonnés YouTube en deux mois.', 'mm-pm'],
  ['Avoir une part de voix de 150 % face à nos concurrents d’ici décembre.', 'mm-mm'],
  ['Être connus de tous un jour.', '--?p-'],
  ['Gagner des abonnés bientôt.', 'p-?p-'],
  ["Faire passer le ROI de nos campagnes Instagram de 120 % à 150 % avant la fin de l'année.", 'mmmmm'],
  ['Porter à 2 000 le nombre d’inscrits à la newsletter via Instagram au printemps 2026 (aujourd’hui 1 200).', 'mmmmm'],
  ['Le 15/09, avoir 10 avis Google.', 'mm?mm'],
  ["Un taux d'engagement élevé.", 'p-?m-'],
];

const ENGLISH: [string, string][] = [
  ['Raise LinkedIn click-through rate on organic posts from 0.8 % to 1.2 % by 31 March.', 'mmmmm'],
  ['Generate 60 qualified leads from Meta lead ads in Q4 at a CPL ≤ $30.', 'mmmmm'],
  ['Grow Instagram followers by 8 % net over 90 days (baseline 4,200).', 'mmmpm'],
  ['Cut average response time to Facebook messages from 9 h to under 3 h by end of May.', 'mmmmm'],
  ['Lift social share of voice against 4 named competitors from 12 % to 18 % by year-end.', 'mmmmm'],
  ['Drive 1,000 UTM-tracked site sessions from TikTok in August.', 'mm?mm'],
  ['Lift average Instagram reach rate on event posts from 11 % to 15 % during festival week.', 'mmmmm'],
  ['Achieve ROAS ≥ 2.5 on the holiday catalogue campaign (1–24 Dec).', 'mm?mm'],
  ['Collect 30 new Google reviews averaging ≥ 4.5 stars by 30 September.', 'mm?mm'],
  ['Reduce Story exit rate from 9 % to 6 % over the next 8 weeks.', 'mmmmm'],
  ['Boost our brand.', '--?p-'],
  ['Get more engagement.', 'p-?p-'],
  ['Go viral on TikTok.', 'p-p--'],
  ['Reach 100k followers next month (current 800).', 'pm-pm'],
  ['Post more often.', '--?--'],
  ['Increase likes by 50 % by June (the business goal is wholesale leads).', 'mmm-m'],
  ['Improve customer satisfaction on social.', 'p-?m-'],
  ['Get 500 leads.', 'mm?m-'],
  ['Be on every platform by Q2.', '--p-m'],
  ['Beat competitors on social media.', 'p-?m-'],
  ['Gain 500 Instagram followers by March 31 (currently 4,000).', 'mmmpm'],
  ['Double our Facebook sales by year-end (currently 40 a month).', 'mmmmm'],
  ['Get six new hires through LinkedIn within 90 days.', 'mm?mm'],
  ['Increase website traffic from Pinterest by 20 % next month.', 'mmmmm'],
  ['Reach 10,000 followers on TikTok in Q3 (baseline 9,000).', 'mmmpm'],
  ['Cut cost per click on LinkedIn ads from €2.40 to €1.80 by the end of the quarter.', 'mmmmm'],
  ['Grow our YouTube subscribers x2 by summer.', 'mmmpm'],
  ['Triple newsletter sign-ups from Instagram within three weeks (currently 200).', 'mm-mm'],
  ['Have 120 % share of voice against competitors by Q4.', 'mm-mm'],
  ['Improve engagement soon.', 'p-?p-'],
  ['Be famous one day.', '--?--'],
  ['Raise story completion rate on Instagram from 70 % to 85 % by 31/12/2026.', 'mmmmm'],
  ['Get 40 reviews on Google by March 31 2025.', 'mm?mp'],
  ['Increase likes on Instagram by 30 % over six months to build brand awareness.', 'mmmmm'],
  ['Convert 2 % of Instagram visitors into customers during the spring.', 'mm?mm'],
  ['Publish daily on TikTok.', 'mm?-p'],
];

function crit(a: Analysis, criterion: Criterion): CriterionResult {
  const found = a.criteria.find((c) => c.criterion === criterion);
  if (!found) throw new Error(`no ${criterion}`);
  return found;
}

function statuses(a: Analysis): string {
  const back = Object.fromEntries(Object.entries(CODE).map(([k, v]) => [v, k]));
  return a.criteria.map((c) => back[c.status]).join('');
}

const allKeys = new Set<string>();
function collectKeys(a: Analysis) {
  for (const c of a.criteria) {
    allKeys.add(c.reason.key);
    if (c.suggestion) allKeys.add(c.suggestion.key);
    if (c.benchmark) allKeys.add(c.benchmark);
    for (const v of Object.values(c.reason.vars ?? {})) if (v.startsWith('smart.')) allKeys.add(v);
  }
}

describe('labelled objectives', () => {
  it('has at least 30 per language', () => {
    expect(FRENCH.length).toBeGreaterThanOrEqual(30);
    expect(ENGLISH.length).toBeGreaterThanOrEqual(30);
  });

  for (const [lang, list, other] of [
    ['fr', FRENCH, 'en'],
    ['en', ENGLISH, 'fr'],
  ] as const) {
    describe(lang, () => {
      it.each(list)('%s -> %s', (objective, expected) => {
        const a = analyzeObjective(objective, { lang, now: NOW });
        collectKeys(a);
        expect(a.lang).toBe(lang);
        expect(statuses(a)).toBe(expected);
        // Pasted on the other locale's page: same verdicts, recognised language.
        const b = analyzeObjective(objective, { lang: other, now: NOW });
        collectKeys(b);
        expect(b.lang).toBe(lang);
        expect(statuses(b)).toBe(expected);
      });
    });
  }
});

describe('verdicts quote the words they rest on', () => {
  const all = [...FRENCH, ...ENGLISH].map(([o]) => analyzeObjective(o, { lang: 'fr', now: NOW }));

  it('gives spans that are ranges of the text', () => {
    for (const a of all) {
      for (const c of a.criteria) {
        for (const s of c.spans) {
          expect(s.start).toBeGreaterThanOrEqual(0);
          expect(s.end).toBeLessThanOrEqual(a.text.length);
          expect(a.text.slice(s.start, s.end)).toBe(s.text);
        }
      }
    }
  });

  it('quotes words for every met criterion and suggests a fix for every other', () => {
    for (const a of all) {
      for (const c of a.criteria) {
        if (c.status === 'met') {
          expect(c.spans.length, `${a.text} ${c.criterion}`).toBeGreaterThan(0);
          expect(c.suggestion).toBeUndefined();
        } else expect(c.suggestion, `${a.text} ${c.criterion}`).toBeDefined();
      }
    }
  });

  it('scores out of 5 and never rewrites what is fully met', () => {
    for (const a of all) {
      expect(a.score).toBeGreaterThanOrEqual(0);
      expect(a.score).toBeLessThanOrEqual(5);
      if (a.score === 5) expect(a.improved).toBeNull();
    }
  });

  it('quotes the measurable words', () => {
    const a = analyzeObjective('Gagner trois mille abonnés sur TikTok en trois semaines.', { lang: 'fr', now: NOW });
    const m = crit(a, 'measurable');
    expect(m.spans.map((s) => s.text)).toEqual(['trois mille']);
    expect(m.reason.vars?.words).toBe('«\u00a0trois mille\u00a0»');
    const t = crit(a, 'time-bound');
    expect(t.spans.map((s) => s.text)).toEqual(['en trois semaines']);
  });
});

describe('number and date forms', () => {
  const measurable = (o: string, lang: 'fr' | 'en') =>
    crit(analyzeObjective(o, { lang, now: NOW }), 'measurable').status;
  const timeBound = (o: string, lang: 'fr' | 'en') =>
    crit(analyzeObjective(o, { lang, now: NOW }), 'time-bound').status;

  it.each([
    ['Atteindre 1 200 abonnés', 'fr'],
    ['Atteindre 2,5 % de taux de clic', 'fr'],
    ['Vendre pour 3 000 € via Instagram', 'fr'],
    ['Doubler les leads', 'fr'],
    ['Faire x2 sur les ventes', 'fr'],
    ['Gagner six clients', 'fr'],
    ['Reach 1,200 followers', 'en'],
    ['Spend $500 on ads', 'en'],
    ['Double the leads', 'en'],
    ['Sales x2', 'en'],
    ['Win six new customers', 'en'],
    ['Grow followers by 12%', 'en'],
  ] as const)('%s is measurable', (o, lang) => expect(measurable(o, lang)).toBe('met'));

  it.each([
    ['Gagner des abonnés d’ici le 31/03/2027', 'fr'],
    ['Gagner des abonnés avant le 31 mars', 'fr'],
    ['Gagner des abonnés en juin', 'fr'],
    ['Gagner des abonnés au T2', 'fr'],
    ['Gagner des abonnés d’ici la fin du trimestre', 'fr'],
    ['Gagner des abonnés cet hiver', 'fr'],
    ['Gagner des abonnés d’ici 6 mois', 'fr'],
    ['Gagner des abonnés en trois semaines', 'fr'],
    ['Gagner des abonnés le mois prochain', 'fr'],
    ['Gain followers by March 31', 'en'],
    ['Gain followers in Q3', 'en'],
    ['Gain followers within 90 days', 'en'],
    ['Gain followers by year-end', 'en'],
    ['Gain followers next month', 'en'],
    ['Gain followers this summer', 'en'],
    ['Gain followers in May', 'en'],
    ['Gain followers by 2027-06-30', 'en'],
  ] as const)('%s is time-bound', (o, lang) => expect(timeBound(o, lang)).toBe('met'));

  it('does not take "may" the verb for a month', () => {
    expect(timeBound('Followers may grow', 'en')).toBe('missing');
  });
});

describe('achievable', () => {
  it('flags an absurd jump and links to the audience-growth calculator', () => {
    const a = analyzeObjective("Atteindre 1 million d'abonnés en un mois (compte à 2 000).", { lang: 'fr', now: NOW });
    const ach = crit(a, 'achievable');
    expect(ach.status).toBe('missing');
    expect(ach.reason.vars?.factor).toBe('500');
    expect(ach.link).toBe('/fr/tools/audience-growth/?start=2000&end=1000000');
    expect(ach.benchmark).toBe('smart.bench.growth');
  });

  it('computes the target of a relative change from the baseline', () => {
    const a = analyzeObjective('Grow Instagram followers by 8 % net over 90 days (baseline 4,200).', {
      lang: 'en',
      now: NOW,
    });
    const ach = crit(a, 'achievable');
    expect(ach.link).toBe('/en/tools/audience-growth/?start=4200&end=4536');
    expect(ach.reason.key).toBe('smart.A.count.met');
  });

  it('shows a docs/FACTS.md benchmark where one fits', () => {
    const a = analyzeObjective('Raise LinkedIn click-through rate from 0.8 % to 1.2 % by 31 March.', {
      lang: 'en',
      now: NOW,
    });
    expect(crit(a, 'achievable').benchmark).toBe('smart.bench.ctr');
  });

  it('says what to add when it cannot judge', () => {
    const a = analyzeObjective('Get 500 leads on LinkedIn.', { lang: 'en', now: NOW });
    const ach = crit(a, 'achievable');
    expect(ach.status).toBe('unknown');
    expect(ach.suggestion?.key).toBe('smart.A.addAll');
  });
});

describe('language', () => {
  it('recognises an objective pasted in the other language', () => {
    expect(detectLanguage('Grow Instagram followers by 8 % over 90 days', 'fr')).toBe('en');
    expect(detectLanguage('Gagner 300 abonnés sur TikTok en avril', 'en')).toBe('fr');
  });
  it('falls back on the page language', () => {
    expect(detectLanguage('TikTok 2027', 'en')).toBe('en');
    expect(detectLanguage('', 'fr')).toBe('fr');
  });
  it('writes the improved version in the objective’s language', () => {
    expect(analyzeObjective('Get 500 leads.', { lang: 'fr', now: NOW }).improved).toBe(
      'Get 500 leads (currently [current value]) by [date].',
    );
    expect(analyzeObjective("Avoir plus d'abonnés.", { lang: 'en', now: NOW }).improved).toBe(
      "Avoir plus d'abonnés sur [réseau] (cible\u00a0: [cible]) d’ici le [date], pour [objectif\u00a0: ventes, leads, réservations…].",
    );
  });
});

describe('outside input', () => {
  it('removes control characters and caps the length', () => {
    expect(sanitizeObjective('a\u0000b\u202Ec\nd\u200B')).toBe('abc d');
    expect(sanitizeObjective('x'.repeat(5000))).toHaveLength(MAX_OBJECTIVE_LENGTH);
    expect(sanitizeObjective('\uD83D')).toBe('');
    expect(sanitizeObjective(undefined)).toBe('');
    expect(sanitizeObjective(42)).toBe('');
  });

  it('never throws and keeps spans inside the text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 600 }),
          fc.string({ unit: 'binary', maxLength: 600 }),
          fc.constantFrom(...[...FRENCH, ...ENGLISH].map(([o]) => o)),
        ),
        fc.constantFrom('fr' as const, 'en' as const),
        (raw, lang) => {
          const a = analyzeObjective(raw, { lang, now: NOW });
          expect(a.criteria.map((c) => c.criterion)).toEqual([...CRITERIA]);
          for (const c of a.criteria) for (const s of c.spans) expect(a.text.slice(s.start, s.end)).toBe(s.text);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('handles hostile text as plain text', () => {
    const a = analyzeObjective('<img src=x onerror=alert(1)> 300 abonnés', { lang: 'fr', now: NOW });
    expect(a.text).toBe('<img src=x onerror=alert(1)> 300 abonnés');
  });
});

describe('guided builder', () => {
  const day = 86_400_000;
  const iso = (d: Date) => d.toISOString().slice(0, 10);

  it('writes a sentence the checker rates fully met, in both languages', () => {
    const input = {
      metric: 'engagement-rate',
      network: 'instagram',
      baseline: 2.1,
      target: 3,
      deadline: '2026-06-30',
      goal: 'loyalty',
    };
    const frResult = buildObjective(input, 'fr', NOW);
    expect(frResult.ok && frResult.sentence).toBe(
      'Faire passer le taux d’engagement sur Instagram de 2,1\u00a0% à 3\u00a0% d’ici le 30 juin 2026, pour renforcer la fidélisation.',
    );
    const enResult = buildObjective(
      { ...input, metric: 'followers', network: 'x', baseline: 12000, target: 14000, goal: 'awareness' },
      'en',
      NOW,
    );
    expect(enResult.ok && enResult.sentence).toBe(
      'Bring followers on X from 12,000 to 14,000 by 30 June 2026, to build brand awareness.',
    );
  });

  it('explains what is wrong', () => {
    const bad = buildObjective(
      { metric: 'followers', network: 'tiktok', baseline: 100, target: 100000, deadline: '2026-02-28', goal: 'sales' },
      'fr',
      NOW,
    );
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.errors.map((e) => e.key)).toContain('smart.builder.error.unrealistic');
    }
    const empty = buildObjective(
      { metric: '', network: '', baseline: undefined, target: Number.NaN, deadline: '2026-13-45', goal: 'nope' },
      'en',
      NOW,
    );
    expect(empty.ok).toBe(false);
    if (!empty.ok)
      expect(new Set(empty.errors.map((e) => e.field))).toEqual(
        new Set(['metric', 'network', 'goal', 'baseline', 'target', 'deadline']),
      );
  });

  const anyInput = fc.record({
    metric: fc.constantFrom(...BUILDER_METRICS),
    network: fc.constantFrom(...BUILDER_NETWORKS),
    baseline: fc.double({ min: 0.01, max: 1e7, noNaN: true }),
    ratio: fc.double({ min: 0.1, max: 20, noNaN: true }),
    days: fc.integer({ min: -30, max: 1200 }),
    goal: fc.constantFrom(...GOALS),
    lang: fc.constantFrom('fr' as const, 'en' as const),
  });

  it('property: every sentence it writes passes all five criteria', () => {
    fc.assert(
      fc.property(anyInput, ({ metric, network, baseline, ratio, days, goal, lang }) => {
        const r = buildObjective(
          {
            metric,
            network,
            baseline,
            target: baseline * ratio,
            deadline: iso(new Date(NOW.getTime() + days * day)),
            goal,
          },
          lang,
          NOW,
        );
        if (r.ok) {
          const again = analyzeObjective(r.sentence, { lang, now: NOW });
          expect(again.lang).toBe(lang);
          expect(again.criteria.map((c) => c.status)).toEqual(['met', 'met', 'met', 'met', 'met']);
        } else expect(r.errors.length).toBeGreaterThan(0);
      }),
      { numRuns: 400 },
    );
  });

  it('property: plausible inputs always give a sentence', () => {
    fc.assert(
      fc.property(
        fc.record({
          metric: fc.constantFrom(...BUILDER_METRICS),
          network: fc.constantFrom(...BUILDER_NETWORKS),
          baseline: fc.integer({ min: 2, max: 60 }),
          ratio: fc.double({ min: 1.1, max: 1.5, noNaN: true }),
          days: fc.integer({ min: 90, max: 700 }),
          lang: fc.constantFrom('fr' as const, 'en' as const),
        }),
        ({ metric, network, baseline, ratio, days, lang }) => {
          const goal = {
            'audience-growth': 'awareness',
            'reach-rate': 'awareness',
            'engagement-rate': 'loyalty',
            'share-of-voice': 'awareness',
            ctr: 'traffic',
            cpc: 'traffic',
            cpm: 'awareness',
            'conversion-rate': 'sales',
            cpa: 'leads',
            roi: 'sales',
            'story-completion': 'awareness',
            'amplification-rate': 'awareness',
            followers: 'awareness',
            leads: 'leads',
            sales: 'sales',
            traffic: 'traffic',
          }[metric];
          const r = buildObjective(
            {
              metric,
              network,
              baseline,
              target: Math.round(baseline * ratio * 100) / 100,
              deadline: iso(new Date(NOW.getTime() + days * day)),
              goal,
            },
            lang,
            NOW,
          );
          expect(r.ok, JSON.stringify(r)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('strings', () => {
  it('has every message key the checker and the builder use, in both languages', () => {
    for (const [o] of [...FRENCH, ...ENGLISH]) collectKeys(analyzeObjective(o, { lang: 'fr', now: NOW }));
    // The labelled corpus reaches the newer messages (budgets, costs, purposes, rewrites).
    const corpus = JSON.parse(
      readFileSync(new URL('../fixtures/smart-corpus/objectives.json', import.meta.url), 'utf8'),
    ) as { objectives: { text: string }[] };
    for (const { text } of corpus.objectives) {
      const a = analyzeObjective(text, { lang: 'en', now: NOW });
      collectKeys(a);
      if (a.improvedNote) allKeys.add(a.improvedNote.key);
    }
    const extra = [
      'smart.builder.error.required',
      'smart.builder.error.number',
      'smart.builder.error.ambiguous',
      'smart.builder.error.positive',
      'smart.builder.error.same',
      'smart.builder.error.bounded',
      'smart.builder.error.date',
      'smart.builder.error.past',
      'smart.builder.error.far',
      'smart.builder.error.mismatch',
      'smart.builder.error.unrealistic',
      'smart.improved.impossible',
    ];
    for (const key of [
      ...allKeys,
      ...extra,
      ...BUILDER_METRICS.map((m) => `smart.metric.${m}`),
      ...GOALS.map((g) => `smart.goal.${g}`),
      ...CRITERIA.map((c) => `smart.criterion.${c}`),
    ]) {
      expect(fr, key).toHaveProperty([key]);
      expect(en, key).toHaveProperty([key]);
    }
  });

  it('interpolates values and translated goal names', () => {
    const strings = { 'smart.R.stated': 'Goal: {words} ({goal}).', 'smart.goal.leads': 'leads' };
    expect(interpolateMessage(strings, 'smart.R.stated', { words: '“leads”', goal: 'smart.goal.leads' })).toBe(
      'Goal: “leads” (leads).',
    );
    expect(interpolateMessage(strings, 'smart.unknown')).toBe('smart.unknown');
  });
});

describe('typed numbers in the builder', () => {
  it.each([
    ['1 200,5', 'fr', 1200.5],
    ['1\u202f200', 'fr', 1200],
    ['2,5 %', 'fr', 2.5],
    ['3,20 €', 'fr', 3.2],
    ['1,200.5', 'en', 1200.5],
    ['2.5%', 'en', 2.5],
    ['€1.80', 'en', 1.8],
  ] as const)('%s (%s) = %d', (text, lang, value) => expect(parseTypedNumber(text, lang)).toBe(value));
  it('refuses what is not a number, and French 1.500 as ambiguous, like the calculators', () => {
    expect(parseTypedNumber('1.500', 'fr')).toBe('ambiguous');
    expect(parseTypedNumber('1,5', 'en')).toBe('ambiguous');
    expect(parseTypedNumber('1.5', 'fr')).toBe(1.5);
    expect(parseTypedNumber('', 'fr')).toBeUndefined();
    expect(parseTypedNumber('lots', 'en')).toBeNaN();
    expect(parseTypedNumber('1,2,3', 'en')).toBeNaN();
  });
});

describe('language rules', () => {
  it('give one pattern per metric, in the order of TERMS, in both languages', async () => {
    const { TERMS } = await import('../../src/lib/smart/lexicon');
    const { rulesFor } = await import('../../src/lib/smart/rules');
    for (const lang of ['fr', 'en'] as const) {
      const rules = rulesFor(lang);
      expect(rules.lang).toBe(lang);
      expect(rules.terms).toHaveLength(TERMS.length);
      for (const id of TERMS.map((t) => t.id)) expect(rules.metrics[id], `${lang} ${id}`).toBeTruthy();
    }
  });
});
