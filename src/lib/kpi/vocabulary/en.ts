/**
 * The words that name each KPI in English objectives, for the SMART checker: one regular expression
 * source per KPI, matched on folded text (lower case, no accents, straight apostrophes). The
 * checker's lexicon takes them in the order of the KPI registry.
 */
import type { KpiId } from '../ids';

export default {
  'audience-growth': '(?:audience|follower) growth(?: rate)?',
  'reach-rate': 'reach rates?',
  'engagement-rate': 'engagement rates?',
  'share-of-voice': '(?:social )?share of voice|sov',
  ctr: 'click-?through rates?|ctr',
  cpc: 'cpc|costs? per click',
  cpm: 'cpm',
  'conversion-rate': 'conversion rates?|conversions?',
  cpa: 'cpa|cpl|costs? per (?:acquisition|lead|conversion)',
  roi: 'roi|roas|return on (?:investment|ad spend)',
  'story-completion': '(?:story )?(?:exit|completion|retention) rates?|story completion',
  'amplification-rate': 'amplification rates?|(?:re)?shares|retweets|reposts',
} satisfies Record<KpiId, string>;
