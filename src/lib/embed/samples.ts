/**
 * A realistic value set for every tool, as its URL params carry them: what the frame heights are
 * measured with (scripts/measure-heights.ts) and what the slide-layout tests prefill, so that
 * results, formulas and explanations are on screen as they are in a lesson. The KPI figures are
 * the bakery lesson's (lesson.ts) where it has the tool; the engagement rate has all three bases,
 * its tallest state.
 */
import { locales, type Locale } from '../i18n/locales';
import type { ToolId } from './tools';

export const toolSamples: Record<ToolId, Record<Locale, Record<string, string>>> = (() => {
  const same = (values: Record<string, string>) =>
    Object.fromEntries(locales.map((lang) => [lang, values])) as Record<Locale, Record<string, string>>;
  return {
    'audience-growth': same({ start: '1200', end: '1350' }),
    'reach-rate': same({ reach: '945', followers: '1350' }),
    'engagement-rate': same({ engagements: '85', reach: '945', followers: '1350', impressions: '2100' }),
    'share-of-voice': same({ brand: '120', competitors: '480' }),
    ctr: same({ clicks: '42', impressions: '5600' }),
    cpc: same({ cost: '30', clicks: '42' }),
    cpm: same({ cost: '30', impressions: '5600' }),
    'conversion-rate': same({ conversions: '6', clicks: '42' }),
    cpa: same({ cost: '30', conversions: '6' }),
    roi: same({ revenue: '120', cost: '30' }),
    'story-completion': same({ first: '800', last: '520' }),
    'amplification-rate': same({ shares: '18', followers: '1350' }),
    smart: {
      fr: { objective: 'Passer de 1 200 à 1 500 abonnés Instagram d’ici le 30 juin pour remplir nos ateliers' },
      en: { objective: 'Grow our Instagram followers from 1,200 to 1,500 by June 30 to fill our workshops' },
    },
    audit: same({}),
  };
})();
