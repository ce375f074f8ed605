/**
 * What the SMART checker knows whatever the language: goals, metrics (the KPIs' entries come from
 * their modules, src/lib/kpi/metrics; the words are in each language's
 * `src/lib/i18n/<lang>/smart-rules.ts`, in the same order), networks, and the stop words that
 * tell the languages apart.
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

/**
 * Letters only one language uses and its frequent words, which tell the languages apart
 * (detect.ts): each language's data, in its folder (`src/lib/i18n/<lang>/objectives.ts`).
 */
export { objectiveLetters as LETTERS, objectiveStopwords as STOPWORDS } from '../i18n/languages/objectives';
