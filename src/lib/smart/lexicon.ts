/**
 * The words the SMART checker recognises, in French and English. Patterns are regular-expression
 * sources matched as whole words against folded text (lower case, no accents, `'` apostrophes,
 * `-` dashes, plain spaces): see text.ts. Keep this file compact: it ships in the island.
 */

export type Lang = 'fr' | 'en';

/** The business goals an objective can serve (issue 5: the "Relevant" criterion). */
export const GOALS = ['sales', 'leads', 'awareness', 'loyalty', 'reputation', 'traffic', 'recruitment'] as const;
export type Goal = (typeof GOALS)[number];

/** Goals that a vanity metric (likes, followers, views…) cannot measure on its own. */
export const HARD_GOALS: readonly Goal[] = ['sales', 'leads', 'traffic', 'recruitment'];

export interface Term {
  /** What the words name: a metric or a result. */
  id: string;
  /** The business goal the metric or result serves, if any. */
  goal?: Goal;
  /** A metric that does not measure sales, leads, traffic or recruitment by itself. */
  vanity?: true;
  fr: string;
  en: string;
}

/** Metrics and results. Longer phrases come first; overlapping shorter matches are dropped. */
export const TERMS: Term[] = [
  {
    id: 'engagement-rate',
    goal: 'loyalty',
    vanity: true,
    fr: "taux d'(?:engagement|interaction)|engagement moyen",
    en: 'engagement rates?',
  },
  {
    id: 'audience-growth',
    goal: 'awareness',
    fr: "(?:taux de )?croissance(?: mensuelle)? (?:de l'audience|des abonnes|de la communaute)",
    en: '(?:audience|follower) growth(?: rate)?',
  },
  { id: 'reach-rate', goal: 'awareness', vanity: true, fr: 'taux de (?:portee|couverture)', en: 'reach rates?' },
  { id: 'share-of-voice', goal: 'awareness', fr: 'part de voix(?: sociale)?', en: '(?:social )?share of voice|sov' },
  { id: 'ctr', goal: 'traffic', fr: 'taux de clics?|ctr', en: 'click-?through rates?|ctr' },
  { id: 'cpc', goal: 'traffic', fr: 'cpc|couts? par clic', en: 'cpc|costs? per click' },
  { id: 'cpm', goal: 'awareness', fr: 'cpm', en: 'cpm' },
  { id: 'conversion-rate', goal: 'sales', fr: 'taux de conversion|conversions?', en: 'conversion rates?|conversions?' },
  {
    id: 'cpa',
    goal: 'leads',
    fr: 'cpa|cpl|couts? par (?:acquisition|lead|prospect|conversion)',
    en: 'cpa|cpl|costs? per (?:acquisition|lead|conversion)',
  },
  {
    id: 'roi',
    goal: 'sales',
    fr: 'roi|roas|retour sur investissement|rentabilite',
    en: 'roi|roas|return on (?:investment|ad spend)',
  },
  {
    id: 'story-completion',
    goal: 'awareness',
    vanity: true,
    fr: '(?:taux de )?(?:retention|completion|sortie) des stories|taux de (?:completion|sortie)',
    en: '(?:story )?(?:exit|completion|retention) rates?|story completion',
  },
  {
    id: 'amplification-rate',
    goal: 'awareness',
    vanity: true,
    fr: "taux d'amplification|(?:re)?partages?",
    en: 'amplification rates?|(?:re)?shares|retweets|reposts',
  },
  {
    id: 'leads',
    goal: 'leads',
    fr: 'leads?|prospects?(?: qualifies)?|demandes? de (?:devis|contact|demo|rendez-vous)|devis|inscriptions?|inscrits|rendez-vous',
    en: '(?:qualified )?leads?|prospects|sign-?ups|registrations|(?:quote|demo) requests|enquiries|inquiries|appointments',
  },
  {
    id: 'sales',
    goal: 'sales',
    fr: "ventes?|vendre|commandes?|chiffre d'affaires|achats?|nouveaux clients|panier moyen|revenus?",
    en: 'sales|sell|orders?|revenue|purchases|new customers|bookings',
  },
  {
    id: 'traffic',
    goal: 'traffic',
    fr: 'trafic|visites?|sessions?|visiteurs',
    en: 'traffic|visits?|sessions?|visitors',
  },
  {
    id: 'reviews',
    goal: 'reputation',
    fr: 'avis(?: clients?)?|note(?: moyenne)?|etoiles',
    en: 'reviews?|ratings?|stars',
  },
  {
    id: 'response',
    goal: 'loyalty',
    fr: 'temps de reponse|delais? de reponse|repondre|reponses?',
    en: 'response (?:time|rate)s?|respond|replies|reply',
  },
  { id: 'satisfaction', goal: 'loyalty', fr: 'satisfaction(?: clients?)?|nps', en: '(?:customer )?satisfaction|nps' },
  {
    id: 'awareness',
    goal: 'awareness',
    fr: 'notoriete|image de marque|visibilite|visibles?|connus?',
    en: '(?:brand )?awareness|brand image|visibility|visible',
  },
  { id: 'reputation', goal: 'reputation', fr: 'e-reputation|reputation', en: 'e-reputation|reputation' },
  {
    id: 'loyalty',
    goal: 'loyalty',
    fr: 'fidelisation|fideliser|fidelite',
    en: 'loyalty|customer retention|repeat customers',
  },
  {
    id: 'recruitment',
    goal: 'recruitment',
    fr: 'recrutements?|recruter|candidatures?|candidats',
    en: 'recruitment|recruit|hiring|hires?|applicants|job applications|candidates',
  },
  {
    id: 'competition',
    goal: 'awareness',
    fr: '(?:battre|devancer|depasser) (?:nos |les |la )?concurren(?:ts|ce)',
    en: '(?:beat|outperform|outrank) (?:our |the )?(?:competitors|competition)',
  },
  {
    id: 'followers',
    goal: 'awareness',
    vanity: true,
    fr: 'abonnes?(?: nets?)?|followers|fans|communaute|audience',
    en: 'followers?|fans|community|audience|subscribers',
  },
  { id: 'likes', goal: 'awareness', vanity: true, fr: "likes?|j'aime", en: 'likes?' },
  {
    id: 'views',
    goal: 'awareness',
    vanity: true,
    fr: 'vues|impressions|vus|portee|couverture',
    en: 'views|impressions|(?<=(?:our|the|average|organic|paid|total|post|story|weekly|monthly) )reach',
  },
  {
    id: 'engagement',
    goal: 'loyalty',
    vanity: true,
    fr: 'engagement|interactions?|commentaires|reactions',
    en: 'engagement|interactions?|comments|reactions',
  },
  { id: 'posts', vanity: true, fr: 'publier|publications?|posts?|poster', en: 'post|posts|posting|publish' },
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

/** Networks and formats (a channel), and audiences: the second half of "Specific". */
export const CHANNELS: Record<Lang, string> = {
  fr: 'instagram|insta|facebook|tiktok|linkedin|twitter|youtube|pinterest|snapchat|threads|whatsapp|messenger|reddit|bluesky|mastodon|twitch|google|meta|reels?|stories|story|shorts|lead gen|lead ads|newsletter|campagne|clients?|b2b|b2c|pme|tpe|entreprises|professionnels|etudiants|jeunes|parents|grossistes|acheteurs|concurrents|locaux|habitants|\\d{2} ?- ?\\d{2} ans',
  en: 'instagram|insta|facebook|tiktok|linkedin|twitter|youtube|pinterest|snapchat|threads|whatsapp|messenger|reddit|bluesky|mastodon|twitch|google|meta|reels?|stories|story|shorts|lead gen|lead ads|newsletter|campaign|customers|b2b|b2c|smes?|small businesses|businesses|professionals|students|parents|wholesale(?: buyers)?|buyers|competitors|locals|gen z|millennials|\\d{2} ?- ?\\d{2}s?',
};

/** A direction without a target ("plus", "more", "augmenter"): Measurable is only partial. */
export const COMPARATIVES: Record<Lang, string> = {
  fr: "plus d[e']|plus|davantage|augmenter|accroitre|ameliorer|booster|developper|mieux|moins|reduire|baisser|diminuer",
  en: 'more|increase|improve|boost|grow|raise|lift|better|less|fewer|reduce|cut|lower|higher',
};

/** Promises that scatter effort or lack means: Achievable is only partial. */
export const OVERREACH: Record<Lang, string> = {
  fr: 'tous les reseaux(?: sociaux)?|toutes les plateformes|partout|viral(?:e|es|aux)?|le buzz|sans (?:aucun )?budget|budget zero',
  en: 'every (?:platform|network|channel)|all (?:platforms|networks|channels)|everywhere|viral|no budget|without (?:a |any )?budget|zero budget',
};

/** Words that put the business goal forward ("(objectif = leads)", "to drive sales"). */
export const GOAL_CONTEXT: Record<Lang, string> = {
  fr: '\\(|pour|afin de|objectif|but',
  en: '\\(|in order to|so as to|to(?= (?:drive|grow|generate|support|build|increase|boost|win|get|improve|raise))|goal|aim',
};

/** Words that announce the current value (baseline). */
export const BASELINE_MARKERS: Record<Lang, string> = {
  fr: "compte a|actuellement(?: a)?|aujourd'hui(?: a)?|reference ?:?|base ?:?|partant de|contre|nous sommes a|on est a|on a|nous avons|depuis",
  en: 'current(?:ly)?(?: at)?|baseline ?:?|now(?: at)?|today(?: at)?|starting (?:at|from)|we have|up from|base ?:?',
};

/** Stop words used to tell French from English. */
export const STOPWORDS: Record<Lang, string> = {
  fr: 'le|la|les|des|du|de|un|une|et|est|pour|sur|nos|notre|nous|au|aux|avec|par|dans|ce|cette|ici|plus|avoir|etre|faire|obtenir|atteindre|gagner|mois|semaines|jours|abonnes|taux|ventes|d|l|qu|entre|sous|ameliorer|augmenter|reduire|bientot|publier|tous|toutes|reseaux|sociaux|lancer|doubler|devenir|porter|collecter|generer|repondre|visites|chaque|depuis|avis|clients|recruter|passer|fin|annee|trimestre|jour|vers|grace|afin',
  en: 'the|of|to|and|a|an|our|on|by|for|with|in|from|within|per|more|get|over|next|this|is|be|reach|grow|increase|months|weeks|days|followers|rate|sales|between|under|at|improve|soon|boost|brand|post|often|beat|competitors|social|media|go|famous|one|day|gain|drive|double|triple|cut|reduce|raise|lift|collect|achieve|have|publish|daily|reviews|customers|new|named|average|website|bring|end|year|quarter|through|into|during|week|month|build|generate',
};
