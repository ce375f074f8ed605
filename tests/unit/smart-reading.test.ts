/**
 * How the SMART checker reads objectives the way a marketing expert would: periods, numbers,
 * achievability from the figures given, relevance from the stated purpose, and rewrites that are
 * right or absent. Every objective is read at the same fixed "today".
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeObjective, type Analysis, type Criterion, type Status } from '../../src/lib/smart';

/** Tuesday 10 November 2026, noon UTC. */
const NOW = new Date(Date.UTC(2026, 10, 10, 12));

const read = (text: string, lang: 'fr' | 'en' = 'fr') => analyzeObjective(text, { lang, now: NOW });
const status = (a: Analysis, c: Criterion): Status => a.criteria.find((x) => x.criterion === c)?.status ?? 'missing';
const result = (a: Analysis, c: Criterion) => a.criteria.find((x) => x.criterion === c);

describe('periods, relative and absolute, in both languages', () => {
  it.each([
    ["Gagner 500 abonnés Instagram d'ici les 3 prochains mois", 3],
    ['Gagner 500 abonnés Instagram avant les 3 prochains mois', undefined],
    ['Gagner 500 abonnés Instagram au cours des 6 prochaines semaines', 1.4],
    ['Gagner 500 abonnés Instagram dans les 30 prochains jours', 1],
    ['Gagner 500 abonnés Instagram sous 6 semaines', 1.4],
    ['Gagner 500 abonnés Instagram sur les 8 prochaines semaines', 1.8],
    ["Gagner 500 abonnés Instagram d'ici la fin du trimestre", 1.7],
    ["Gagner 500 abonnés Instagram d'ici la fin de l'année", 1.7],
    ['Gagner 500 abonnés Instagram au T3', 10.7],
    ['Gagner 500 abonnés Instagram entre janvier et mars', 4.7],
    ['Gagner 500 abonnés Instagram d’ici le 31 mars', 4.7],
    ['Gagner 500 abonnés Instagram d’ici le 31 mars 2027', 4.7],
    ['Gain 500 Instagram followers within the next 6 weeks', 1.4],
    ['Gain 500 Instagram followers over the next 8 weeks', 1.8],
    ['Gain 500 Instagram followers by EOY', 1.7],
    ['Gain 500 Instagram followers by end of Q2', 7.7],
    ['Gain 500 Instagram followers between 1 April and 30 June', 7.7],
    ['Gain 500 Instagram followers by 31 March', 4.7],
    ['Gain 500 Instagram followers in the first half of 2027', 7.7],
  ] as const)('%s', (text, months) => {
    const a = read(text);
    if (months === undefined) return; // "avant les 3 prochains mois" is odd French; nothing is promised
    expect(status(a, 'time-bound'), text).toBe('met');
    // The duration is never the target: 500 is.
    const m = result(a, 'measurable');
    expect(m?.spans.map((s) => s.text)).toEqual(['500']);
  });

  it('takes the duration of "au cours des 3 prochaines semaines" as the period, not as the target', () => {
    const a = read('Gagner 5 000 abonnés TikTok au cours des 3 prochaines semaines.');
    expect(result(a, 'measurable')?.spans.map((s) => s.text)).toEqual(['5 000']);
    expect(result(a, 'time-bound')?.spans.map((s) => s.text)).toEqual(['au cours des 3 prochaines semaines']);
  });

  it('flags a deadline that has passed', () => {
    expect(status(read('Obtenir 25 avis Google d’ici le 30 septembre 2026.'), 'time-bound')).toBe('partial');
    expect(status(read('Collect 25 Google reviews by 30 September 2026.', 'en'), 'time-bound')).toBe('partial');
    // Without a year, a date means the next one.
    expect(status(read('Obtenir 25 avis Google d’ici le 30 septembre.'), 'time-bound')).toBe('met');
  });

  it('does not take a service level for a deadline', () => {
    expect(status(read('Répondre à 90 % des messages Instagram en moins de 2 h.'), 'time-bound')).toBe('missing');
    expect(status(read('Reply to 100% of Google reviews within 24 hours.', 'en'), 'time-bound')).toBe('missing');
  });

  it('calls a pace with no end, or a start with no end, partial', () => {
    expect(status(read('Gagner 200 abonnés Instagram par mois.'), 'time-bound')).toBe('partial');
    expect(status(read('Reply to every review on Google starting in January.', 'en'), 'time-bound')).toBe('partial');
  });
});

describe('numbers: one parser, words, scales', () => {
  const target = (text: string, lang: 'fr' | 'en' = 'fr') =>
    result(read(text, lang), 'measurable')?.spans.map((s) => s.text);

  it.each([
    ['Augmenter nos ventes en ligne de quinze pour cent d’ici juin.', 'fr', ['quinze pour cent']],
    ['Augmenter nos ventes en ligne de vingt pour cent d’ici juin.', 'fr', ['vingt pour cent']],
    ['Obtenir dix mille vues sur TikTok d’ici juin.', 'fr', ['dix mille']],
    ['Vendre cent cinquante cartes cadeaux d’ici juin.', 'fr', ['cent cinquante']],
    ['Grow online sales by twenty percent by June.', 'en', ['twenty percent']],
    ['Sell five hundred gift cards by June.', 'en', ['five hundred']],
    ['Atteindre 2,5k abonnés LinkedIn d’ici juin.', 'fr', ['2,5k']],
    ['Get 1.2M views on TikTok by June.', 'en', ['1.2M']],
  ] as const)('%s', (text, lang, spans) => expect(target(text, lang)).toEqual(spans));

  it('reads a percentage in words as a relative change, never as « à quinze »', () => {
    const a = read('Augmenter nos ventes en ligne de quinze pour cent d’ici la fin du trimestre grâce à Instagram.');
    expect(status(a, 'achievable')).toBe('met');
    expect(a.metric?.unit).toBe('percent');
  });

  it('never reads « cent » as a separate number', () => {
    const a = read('Vendre cent cinquante cartes cadeaux en ligne d’ici juin.');
    expect(result(a, 'measurable')?.spans.map((s) => s.text)).toEqual(['cent cinquante']);
  });

  it('flags a French 1.500 as ambiguous, like the calculators', () => {
    const a = read('Générer 1.500 visites sur notre site depuis Pinterest en avril.');
    expect(status(a, 'measurable')).toBe('partial');
    expect(result(a, 'measurable')?.reason.key).toBe('smart.M.ambiguous');
    // 1 500 with a space, and 1,5 with a comma, are not ambiguous.
    expect(status(read('Générer 1 500 visites sur notre site depuis Pinterest en avril.'), 'measurable')).toBe('met');
  });
});

describe('achievable from the data given', () => {
  it('rules out a sales target at a few cents a sale', () => {
    const a = read('Vendre 2 000 box de fromages via Facebook Ads avec un budget de 50 € d’ici Noël.');
    expect(status(a, 'achievable')).toBe('missing');
    expect(result(a, 'achievable')?.reason.key).toBe('smart.A.cents');
    expect(result(a, 'achievable')?.reason.vars?.cost).toMatch(/^0,03\s€$/u);
  });

  it('judges a lead target from the budget and the current cost per lead', () => {
    const short = read(
      'Générer 200 leads sur LinkedIn sous 6 semaines avec 3 000 € de budget (coût par lead actuel : 45 €).',
    );
    expect(status(short, 'achievable')).toBe('missing');
    expect(result(short, 'achievable')?.reason.vars?.max).toBe('66');
    const fits = read(
      'Generate 50 leads on LinkedIn over the next 2 months with a $3,000 budget (our current cost per lead is $40).',
      'en',
    );
    expect(status(fits, 'achievable')).toBe('met');
  });

  it('compares a cost per lead in dollars with the sourced benchmark', () => {
    const cheap = read('Generate 200 leads from Facebook lead ads within 6 weeks with a $1,000 budget.', 'en');
    expect(status(cheap, 'achievable')).toBe('missing');
    expect(result(cheap, 'achievable')?.benchmark).toBe('smart.bench.cpa');
    expect(
      status(read('Generate 60 leads from Meta lead ads in Q4 at a CPL of $30 or less.', 'en'), 'achievable'),
    ).toBe('met');
  });

  it.each([
    ['Atteindre 10 000 abonnés Instagram (2 000 aujourd’hui) d’ici le 31 décembre.', 'fr'],
    ['Reach 10,000 Instagram followers (2,000 today) by 31 December.', 'en'],
    ['Multiplier par 10 nos abonnés YouTube d’ici fin janvier (800 actuellement).', 'fr'],
    ['Go from 500 to 100,000 TikTok followers in two weeks.', 'en'],
  ] as const)('finds the baseline and rules out %s', (text, lang) => {
    expect(status(read(text, lang), 'achievable')).toBe('missing');
  });

  it('finds a baseline after « contre » and "vs"', () => {
    expect(status(read('Obtenir 80 réservations via Instagram cet été, contre 50 l’été dernier.'), 'achievable')).toBe(
      'met',
    );
    expect(
      status(read('Get 80 room bookings from Instagram over summer 2027, vs 50 last summer.', 'en'), 'achievable'),
    ).toBe('met');
  });

  it('says which number would let it judge when it cannot', () => {
    const a = read('Obtenir 300 réservations de tables via Instagram dans les 30 prochains jours.');
    expect(status(a, 'achievable')).toBe('unknown');
    expect(result(a, 'achievable')?.suggestion?.key).toBe('smart.A.addBaseline');
  });
});

describe('relevant from the purpose', () => {
  it.each([
    ['Gagner 500 abonnés Instagram d’ici juin.', 'partial', 'smart.R.vanity'],
    ['Get 20,000 views per video on YouTube by June.', 'partial', 'smart.R.vanity'],
    ['Gagner 500 abonnés Instagram d’ici juin pour remplir nos ateliers.', 'met', 'smart.R.purpose'],
    ['Reach 2.5k LinkedIn followers by June to attract engineering candidates.', 'met', 'smart.R.purpose'],
    ['Récupérer 80 anciens clients grâce au reciblage Facebook d’ici le 15 janvier.', 'met', 'smart.R.metric'],
    ['Win back 80 lapsed customers with Facebook retargeting by 15 January.', 'met', 'smart.R.metric'],
    ['Doubler les likes sur Facebook d’ici juin (objectif B2B = leads).', 'missing', 'smart.R.conflict'],
  ] as const)('%s', (text, expected, key) => {
    const a = read(text);
    expect(status(a, 'relevant')).toBe(expected);
    expect(result(a, 'relevant')?.reason.key).toBe(key);
  });

  it('does not ask a business result to name a network', () => {
    expect(status(read('Get 500 leads by June.', 'en'), 'specific')).toBe('met');
    expect(status(read('Recruter 3 apprentis boulangers d’ici septembre.'), 'specific')).toBe('met');
    expect(status(read('Gagner 500 abonnés d’ici juin.'), 'specific')).toBe('partial');
  });
});

describe('rewrites that are right or absent', () => {
  it('keeps a count a count and a total a total', () => {
    const a = read('Vendre 300 paniers de légumes via Instagram.');
    expect(a.improved).toBe(
      'Vendre 300 paniers de légumes via Instagram (aujourd’hui\u00a0: [valeur actuelle]) d’ici le [date].',
    );
    expect(a.improved).not.toMatch(/%|par mois/);
  });

  it('keeps a service-level goal as it is (no "cut" of what is measured)', () => {
    const a = read('Reply to 90% of Instagram DMs within 2 business hours.', 'en');
    expect(a.improved).toMatch(/^Reply to 90% of Instagram DMs within 2 business hours/);
    expect(a.improved).not.toMatch(/cut|reduce|from/i);
  });

  it('never breaks connectors', () => {
    for (const [text, lang] of [
      ['Gain 300 TikTok followers between 1 April and 30 June.', 'en'],
      ['Gagner 300 abonnés TikTok entre janvier et mars.', 'fr'],
      ['Gagner 300 abonnés TikTok à partir de janvier.', 'fr'],
      ['Gagner 300 abonnés TikTok rapidement.', 'fr'],
    ] as const) {
      const improved = read(text, lang).improved ?? '';
      expect(improved).not.toMatch(/by and|d'ici de|d’ici de|d'ici et|d’ici et|by between|d’ici entre/);
    }
    expect(read('Gagner 300 abonnés TikTok rapidement.').improved).toBe(
      'Gagner 300 abonnés TikTok d’ici le [date] (aujourd’hui\u00a0: [valeur actuelle]), pour [objectif\u00a0: ventes, leads, réservations…].',
    );
  });

  it('proposes a realistic target where the figures rule the target out, and says so', () => {
    const a = read(
      'Atteindre 10 000 abonnés Instagram (2 000 aujourd’hui) d’ici le 31 décembre pour remplir nos ateliers.',
    );
    expect(status(a, 'achievable')).toBe('missing');
    expect(a.improved).toMatch(/^Atteindre 2\u202f\d00 abonnés Instagram \(2 000 aujourd’hui\) d’ici le 31 décembre/);
    expect(a.improvedNote?.key).toBe('smart.rewrite.lowered');
    expect(status(read(a.improved ?? ''), 'achievable')).toBe('met');
  });

  it('puts the missing network right after the metric, and lowers an absurd jump', () => {
    const a = read('Reach 100k followers next month (current 800).', 'en');
    expect(a.improved).toBe(
      'Reach 1,000 followers on [network] next month (current 800), to [business goal: sales, leads, bookings…].',
    );
    expect(a.improvedNote?.key).toBe('smart.rewrite.lowered');
  });

  it('shows no rewrite where none can be right', () => {
    expect(read('Boost our brand.', 'en').improved).toBeNull(); // no metric to keep
    expect(read('Doubler les likes sur Facebook d’ici juin (objectif B2B = leads).').improved).toBeNull();
    expect(read('Vendre 2 000 box via Facebook Ads avec un budget de 50 € d’ici Noël.').improved).toBeNull();
  });

  const corpus = JSON.parse(
    readFileSync(new URL('../fixtures/smart-corpus/objectives.json', import.meta.url), 'utf8'),
  ) as { objectives: { text: string; lang: 'fr' | 'en' }[] };
  const pieces = {
    fr: {
      verb: ['Gagner', 'Atteindre', 'Obtenir', 'Vendre', 'Générer'],
      what: ['500 abonnés', '2 000 vues', '40 leads', '300 ventes', '15 % de clics', 'des abonnés'],
      where: ['', ' sur Instagram', ' via LinkedIn', ' sur TikTok, Facebook et YouTube'],
      base: ['', ' (1 200 aujourd’hui)', ' (contre 20)'],
      when: [
        '',
        ' d’ici juin',
        ' au T3',
        ' sous 6 semaines',
        ' rapidement',
        ' d’ici le 30 septembre 2026',
        ' par mois',
      ],
      why: ['', ' pour remplir nos ateliers', ' (objectif : leads)', ' avec un budget de 30 €'],
    },
    en: {
      verb: ['Gain', 'Reach', 'Get', 'Sell', 'Generate'],
      what: ['500 followers', '2,000 views', '40 leads', '300 sales', '15% clicks', 'more followers'],
      where: ['', ' on Instagram', ' via LinkedIn', ' on TikTok, Facebook and YouTube'],
      base: ['', ' (1,200 today)', ' (vs 20)'],
      when: ['', ' by June', ' in Q3', ' within 6 weeks', ' soon', ' by 30 September 2026', ' a month'],
      why: ['', ' to fill our workshops', ' (the goal is leads)', ' with a $30 budget'],
    },
  };
  const generated = fc.constantFrom('fr' as const, 'en' as const).chain((lang) => {
    const p = pieces[lang];
    return fc
      .tuple(
        fc.constantFrom(...p.verb),
        fc.constantFrom(...p.what),
        fc.constantFrom(...p.where),
        fc.constantFrom(...p.base),
        fc.constantFrom(...p.when),
        fc.constantFrom(...p.why),
      )
      .map((parts) => ({ lang, text: `${parts.join(' ').replace(/ {2,}/g, ' ').replace(/ \(/g, ' (')}.` }));
  });

  it('property: every rewrite, re-analysed, keeps the metric and its unit and scores no lower', () => {
    fc.assert(
      fc.property(fc.oneof(generated, fc.constantFrom(...corpus.objectives)), ({ text, lang }) => {
        const a = read(text, lang);
        if (!a.improved) return;
        const b = read(a.improved, lang);
        expect(b.lang).toBe(a.lang);
        expect(b.metric?.id, a.improved).toBe(a.metric?.id);
        if (a.metric?.unit) expect(b.metric?.unit, a.improved).toBe(a.metric.unit);
        expect(b.score, `${text} -> ${a.improved}`).toBeGreaterThanOrEqual(a.score);
      }),
      { numRuns: 400 },
    );
  });
});
