/**
 * Each SMART criterion is its own function (src/lib/smart/judge/): each is tested here on its own,
 * from one reading of the objective, at a fixed "today". The sentences are written the way users
 * write them (typos, missing accents, bullet lists).
 */
import { describe, expect, it } from 'vitest';
import '../../src/lib/smart/analyze';
import { judgeAchievable } from '../../src/lib/smart/judge/achievable';
import { judgeMeasurable } from '../../src/lib/smart/judge/measurable';
import { judgeRelevant } from '../../src/lib/smart/judge/relevant';
import { judgeSpecific } from '../../src/lib/smart/judge/specific';
import { judgeTimeBound } from '../../src/lib/smart/judge/time-bound';
import type { Lang } from '../../src/lib/smart/lexicon';
import { readObjective } from '../../src/lib/smart/reading';

const NOW = new Date(Date.UTC(2026, 10, 10, 12));
const read = (text: string, lang: Lang) => readObjective(text, lang, lang, NOW);
const KPI = { level: new Set(['ctr', 'response']), bounded: new Set(['ctr']), benchmarks: {} };
const achievable = (text: string, lang: Lang) => {
  const r = read(text, lang);
  return judgeAchievable(r, judgeTimeBound(r).months, KPI).result;
};

describe('Specific', () => {
  it.each([
    ['Gagner 300 abonnés Instagram', 'fr', 'met'],
    ['Obtenir 40 demandes de devis', 'fr', 'met'],
    ['More followers by June', 'en', 'partial'],
    ['Faire le buzz sur Insta', 'fr', 'partial'],
    ['Boost our brand', 'en', 'missing'],
  ] as const)('%s → %s', (text, lang, status) => {
    expect(judgeSpecific(read(text, lang)).status).toBe(status);
  });
});

describe('Measurable', () => {
  it.each([
    ['Augmenter les ventes de quinze pour cent', 'fr', 'met'],
    ['Reach 1.2M views on YouTube', 'en', 'met'],
    ['Atteindre 1.500 abonnés', 'fr', 'partial'],
    ['Improve engagement on LinkedIn', 'en', 'missing'],
  ] as const)('%s → %s', (text, lang, status) => {
    expect(judgeMeasurable(read(text, lang)).result.status).toBe(status);
  });
});

describe('Time-bound', () => {
  it.each([
    ['Gagner 300 abonnés au cours des 6 prochaines semaines', 'fr', 'met', 1.4],
    ['grow our insta followers from 2k to 2.5k by end of febuary', 'en', 'met', 3.6],
    ['Gagner 300 abonnés d’ici mars 2026', 'fr', 'partial', undefined],
    ['Post 3 times a week on LinkedIn', 'en', 'partial', undefined],
    ['Répondre à tous les messages Messenger en moins de 2 h', 'fr', 'missing', undefined],
    ['Go viral on TikTok asap', 'en', 'missing', undefined],
  ] as const)('%s → %s', (text, lang, status, months) => {
    const timed = judgeTimeBound(read(text, lang));
    expect(timed.result.status).toBe(status);
    if (months === undefined) expect(timed.months).toBeUndefined();
    else expect(timed.months).toBeCloseTo(months, 1);
  });
});

describe('Relevant', () => {
  it.each([
    ['Passer de 1 200 à 1 800 abonnés Instagram d’ici mars pour remplir nos ateliers', 'fr', 'met'],
    // « pour notre chaîne » names no purpose: « notre » is not a verb.
    ['Passer de 800 a 80 000 abonnes sur youtube en 2 mois pour notre chaine de recettes', 'fr', 'partial'],
    ['Sell 500 tickets before our gala', 'en', 'met'],
    ['Double our likes on Facebook by June (business goal: leads)', 'en', 'missing'],
    ['Be on every platform', 'en', 'missing'],
  ] as const)('%s → %s', (text, lang, status) => {
    expect(judgeRelevant(read(text, lang)).result.status).toBe(status);
  });
});

describe('Achievable', () => {
  it.each([
    // A baseline after "today is", « aujourd'hui est de »: the change is a pace.
    ['Retain 85 % of our gym members until June 30, 2027 (retention today is 78%)', 'en', 'met'],
    ['Un taux de clics de 2,4 % d’ici juin 2027 (aujourd’hui est de 2 %)', 'fr', 'met'],
    // "from A [what is counted] to B" is a baseline and a target.
    ['Get our YouTube channel from 150 subscribers to 30,000 subscribers within two weeks', 'en', 'missing'],
    ['Passer de 800 abonnés à 1 000 abonnés Instagram d’ici fin mars', 'fr', 'met'],
    ['Vendre 2 000 paniers garnis d’ici Noël avec un budget pub de 40 €', 'fr', 'missing'],
    ['Obtenir un taux de clic de 150 % au 1er trimestre 2027', 'fr', 'missing'],
    ['Get 40 volunteer sign-ups between 1 and 20 May 2027', 'en', 'unknown'],
  ] as const)('%s → %s', (text, lang, status) => {
    expect(achievable(text, lang).status).toBe(status);
  });
});
