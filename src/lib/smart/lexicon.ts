/**
 * What the SMART checker knows whatever the language: goals, metrics (the KPIs' entries come from
 * their modules, src/lib/kpi/metrics; the words are in fr.ts and en.ts, in the same order),
 * networks, and the stop words that tell French from English.
 * Keep this file compact: it ships in the island.
 */
import { locales, type Locale } from '../i18n/locales';
import { kpiLexicon } from '../kpi/smart';

/** The engine's languages are the site's locales. */
export type Lang = Locale;
/** The languages the engine reads. */
export const LANGS: readonly Lang[] = locales;

/** The business goals an objective can serve (the "Relevant" criterion). */
export const GOALS = ['sales', 'leads', 'awareness', 'loyalty', 'reputation', 'traffic', 'recruitment'] as const;
export type Goal = (typeof GOALS)[number];

/** Goals that a vanity metric (likes, followers, views…) cannot measure on its own. */
export const HARD_GOALS: readonly Goal[] = ['sales', 'leads', 'traffic', 'recruitment'];

export interface Term {
  /** What the words name: a metric or a result. */
  id: string;
  /** The business goal the metric or result serves, if any. */
  goal?: Goal;
  /**
   * A vanity metric (followers, likes, views, awareness…): with no stated purpose, Relevant is only
   * partial, and it cannot stand for sales, leads, traffic or recruitment.
   */
  vanity?: true;
  /** A business result: Specific without naming a network (sales, leads, bookings, hires…). */
  business?: true;
  /** An aim rather than a measure (awareness, reputation, market share): not Specific on its own. */
  abstract?: true;
}

/** Metrics and results. Longer phrases come first; overlapping shorter matches are dropped. */
export const TERMS: Term[] = [
  ...kpiLexicon(),
  { id: 'open-rate', goal: 'loyalty' },
  { id: 'winback', goal: 'loyalty', business: true },
  { id: 'market-share', goal: 'sales', abstract: true },
  { id: 'leads', goal: 'leads', business: true },
  { id: 'sales', goal: 'sales', business: true },
  { id: 'traffic', goal: 'traffic', business: true },
  { id: 'reviews', goal: 'reputation', business: true },
  { id: 'response', goal: 'loyalty', business: true },
  { id: 'satisfaction', goal: 'loyalty' },
  { id: 'awareness', goal: 'awareness', vanity: true, abstract: true },
  { id: 'reputation', goal: 'reputation', abstract: true },
  { id: 'loyalty', goal: 'loyalty', business: true },
  { id: 'recruitment', goal: 'recruitment', business: true },
  { id: 'competition', goal: 'awareness' },
  { id: 'followers', goal: 'awareness', vanity: true },
  { id: 'likes', goal: 'awareness', vanity: true },
  { id: 'views', goal: 'awareness', vanity: true },
  { id: 'engagement', goal: 'loyalty', vanity: true },
  { id: 'posts' },
];

/** Network names as they are written, for sentences (the builder's choices). */
export const NETWORKS: Record<string, string> = {
  instagram: 'Instagram',
  facebook: 'Facebook',
  tiktok: 'TikTok',
  linkedin: 'LinkedIn',
  x: 'X',
  youtube: 'YouTube',
  pinterest: 'Pinterest',
  snapchat: 'Snapchat',
  threads: 'Threads',
  whatsapp: 'WhatsApp',
};

/** Letters only one language uses, to tell the languages apart (detect.ts). */
export const LETTERS: Record<Lang, string> = { fr: 'éèêàçùâîôûœ«»', en: '' };

/** Stop words used to tell the languages apart (detect.ts). */
export const STOPWORDS: Record<Lang, string> = {
  fr: 'le|la|les|des|du|de|un|une|et|est|pour|sur|nos|notre|nous|au|aux|avec|par|dans|ce|cette|ici|plus|avoir|etre|faire|obtenir|atteindre|gagner|mois|semaines|jours|abonnes|taux|ventes|d|l|qu|entre|sous|ameliorer|augmenter|reduire|bientot|publier|tous|toutes|reseaux|sociaux|lancer|doubler|devenir|porter|collecter|generer|repondre|visites|chaque|depuis|avis|clients|recruter|passer|fin|annee|trimestre|jour|vers|grace|afin',
  en: 'the|of|to|and|a|an|our|on|by|for|with|in|from|within|per|more|get|over|next|this|is|be|reach|grow|increase|months|weeks|days|followers|rate|sales|between|under|at|improve|soon|boost|brand|post|often|beat|competitors|social|media|go|famous|one|day|gain|drive|double|triple|cut|reduce|raise|lift|collect|achieve|have|publish|daily|reviews|customers|new|named|average|website|bring|end|year|quarter|through|into|during|week|month|build|generate',
};
