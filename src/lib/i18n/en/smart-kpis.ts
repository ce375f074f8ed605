/**
 * How English names each KPI for the SMART engine. The default export: the words that name it in
 * objectives, for the checker (one regular expression source per KPI, matched on folded text: lower
 * case, no accents, straight apostrophes; the lexicon takes them in the order of the KPI registry).
 * `phrases`: how the builder names it in the sentence it writes.
 */
import type { KpiId } from '../../kpi/ids';

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

/** How the SMART builder names each KPI in its sentence ("Bring {metric} on…"). */
export const phrases = {
  'audience-growth': 'monthly audience growth rate',
  'reach-rate': 'reach rate',
  'engagement-rate': 'engagement rate',
  'share-of-voice': 'social share of voice',
  ctr: 'click-through rate (CTR)',
  cpc: 'cost per click (CPC)',
  cpm: 'CPM',
  'conversion-rate': 'conversion rate',
  cpa: 'cost per acquisition (CPA)',
  roi: 'ROI',
  'story-completion': 'Story completion rate',
  'amplification-rate': 'amplification rate',
} satisfies Record<KpiId, string>;
