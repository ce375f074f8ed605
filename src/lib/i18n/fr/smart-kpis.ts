/**
 * How French names each KPI for the SMART engine. The default export: the words that name it in
 * objectives, for the checker (one regular expression source per KPI, matched on folded text: lower
 * case, no accents, straight apostrophes; the lexicon takes them in the order of the KPI registry).
 * `phrases`: how the builder names it in the sentence it writes.
 */
import type { KpiId } from '../../kpi/ids';

export default {
  'audience-growth': "(?:taux de )?croissance(?: mensuelle)? (?:de l'audience|des abonnes|de la communaute)",
  'reach-rate': 'taux de (?:portee|couverture)',
  'engagement-rate': "taux d'(?:engagement|interaction)|engagement moyen",
  'share-of-voice': 'part de voix(?: sociale)?',
  ctr: 'taux de clics?|ctr',
  cpc: 'cpc|couts? par clic',
  cpm: 'cpm',
  'conversion-rate': 'taux de conversion|conversions?',
  cpa: 'cpa|cpl|couts? par (?:acquisition|lead|prospect|conversion)',
  roi: 'roi|roas|retour sur investissement|rentabilite',
  'story-completion': '(?:taux de )?(?:retention|completion|sortie) des stories|taux de (?:completion|sortie)',
  'amplification-rate': "taux d'amplification|(?:re)?partages?",
} satisfies Record<KpiId, string>;

/** How the SMART builder names each KPI in its sentence ("Faire passer {metric} sur…"). */
export const phrases = {
  'audience-growth': 'le taux de croissance mensuel de l’audience',
  'reach-rate': 'le taux de portée',
  'engagement-rate': 'le taux d’engagement',
  'share-of-voice': 'la part de voix sociale',
  ctr: 'le taux de clics (CTR)',
  cpc: 'le coût par clic (CPC)',
  cpm: 'le CPM',
  'conversion-rate': 'le taux de conversion',
  cpa: 'le coût par acquisition (CPA)',
  roi: 'le ROI',
  'story-completion': 'le taux de complétion des Stories',
  'amplification-rate': 'le taux d’amplification',
} satisfies Record<KpiId, string>;
