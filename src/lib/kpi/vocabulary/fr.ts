/**
 * The words that name each KPI in French objectives, for the SMART checker: one regular expression
 * source per KPI, matched on folded text (lower case, no accents, straight apostrophes). The
 * checker's lexicon takes them in the order of the KPI registry.
 */
import type { KpiId } from '../ids';

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
