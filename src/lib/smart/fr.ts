/** The checker's French: words, numbers, dates and sentences. Registers itself when imported. */
import { kpiPatterns } from '../kpi/smart';
import kpiVocabulary from '../kpi/vocabulary/fr';
import { registerRules, type LangRules } from './rules';
import { alternation } from './text';

const numbers: Record<string, number> = {
  un: 1,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  six: 6,
  sept: 7,
  huit: 8,
  neuf: 9,
  dix: 10,
  onze: 11,
  douze: 12,
  treize: 13,
  quatorze: 14,
  quinze: 15,
  seize: 16,
  vingt: 20,
  vingts: 20,
  trente: 30,
  quarante: 40,
  cinquante: 50,
  soixante: 60,
  cent: 100,
  cents: 100,
  mille: 1e3,
  million: 1e6,
  millions: 1e6,
};
const months: Record<string, number> = {
  janvier: 0,
  janv: 0,
  fevrier: 1,
  fevr: 1,
  fev: 1,
  mars: 2,
  avril: 3,
  avr: 3,
  mai: 4,
  juin: 5,
  juillet: 6,
  juil: 6,
  aout: 7,
  septembre: 8,
  sept: 8,
  octobre: 9,
  oct: 9,
  novembre: 10,
  nov: 10,
  decembre: 11,
  dec: 11,
};
const count = `\\d+|une|${alternation(numbers)}(?:-(?:et-)?(?:${alternation(numbers, ['un'])}))*`;
const M = alternation(months);
const prep =
  "(?:(?:d'ici|avant|au plus tard|jusqu'au|jusqu'a|pour|des|au|le|a partir du|fin|debut|mi|a la fin de|a la fin du|fin de|fin du|d'ici (?:la )?fin|en|entre|et|de)[ -](?:le |la |l'|les )?)?";
const ord = '1er|premier|2e|2eme|deuxieme|second|3e|3eme|troisieme|4e|4eme|quatrieme|dernier';

const fr: LangRules = {
  lang: 'fr',
  terms: [
    ...kpiPatterns(kpiVocabulary),
    "taux d'ouverture",
    'anciens clients|clients (?:inactifs|perdus)|faire revenir|reconquete|reconquerir|reactiver',
    'parts? de marche',
    'leads?|prospects?(?: qualifies)?|demandes? de (?:devis|contact|demo|rendez-vous)|devis|inscriptions?|inscrits|rendez-vous(?: de demonstration)?|demos?|demonstrations?',
    "ventes?|vendre|commandes?|chiffre d'affaires|achats?|(?:nouveaux |en )clients|panier moyen|revenus?|reservations?|billets",
    'trafic|visites?|sessions?|visiteurs',
    'avis(?: clients?)?|note(?: moyenne)?|etoiles',
    'temps de reponse|delais? de reponse|repondre|reponses?|delais? de livraison|temps de livraison|delais? de traitement',
    'satisfaction(?: clients?)?|nps',
    'notoriete|image de marque|visibilite|visibles?|connus?|faire connaitre|presence',
    'e-reputation|reputation',
    'fidelisation|fideliser|fidelite',
    'recrutements?|recruter|candidatures?|candidats|benevoles|apprentis',
    '(?:battre|devancer|depasser) (?:nos |les |la )?concurren(?:ts|ce)',
    'abonnes?(?: nets?)?|followers|fans|communaute|audience',
    "likes?|j'aime",
    'vues|impressions|vus|portee|couverture',
    'engagement|interactions?|commentaires|reactions',
    'publier|publications?|posts?|poster',
  ],
  channels:
    'instagram|insta|facebook|tiktok|linkedin|twitter|youtube|pinterest|snapchat|threads|whatsapp|messenger|reddit|bluesky|mastodon|twitch|google|meta|reels?|stories|story|shorts|lead gen|lead ads|newsletter|campagne|clients?|b2b|b2c|pme|tpe|entreprises|professionnels|etudiants|jeunes|parents|grossistes|acheteurs|concurrents|locaux|habitants|\\d{2} ?- ?\\d{2} ans',
  comparatives:
    "plus d[e']|plus|davantage|augmenter|accroitre|ameliorer|booster|developper|mieux|moins|reduire|baisser|diminuer",
  overreach:
    'tous les reseaux(?: sociaux)?|toutes les plateformes|partout|viral(?:e|es|aux)?|le buzz|sans (?:aucun )?budget|budget zero',
  goalContext: '\\(|pour|afin de|objectif|but',
  baselineMarkers:
    "compte a|actuellement(?: a)?|aujourd'hui(?: a)?|reference ?:?|base ?:?|partant de|contre|nous sommes a|on est a|on a|nous avons|depuis",
  gain: '(?:gagner|gagnez|ajouter|recruter|obtenir) (?:\\+ ?)?$',
  between: /^ ?(?:a|au|jusqu'a|vers|->|→|-) ?(?:(?:moins de|plus de|au moins|environ) )?$/,
  lead: /(?:de|d'|entre) ?$/,
  numbers,
  count,
  digits: '\\d{1,3}(?: \\d{3})+(?!\\d)(?:,\\d+)?|\\d+(?:[.,]\\d+)?',
  multiplier:
    '(?:doubler|doublez|doublons|tripler|triplez|quadrupler|multiplier par (\\d+|deux|trois|quatre|cinq|dix))|diviser par (\\d+|deux|trois)|(\\d+|deux|trois|dix) fois plus|x ?(\\d+(?:[.,]\\d+)?)|(\\d+(?:[.,]\\d+)?) ?x',
  frequency:
    'tous les jours|toutes les semaines|chaque (?:jour|semaine|mois)|quotidien(?:ne)?(?:ment)?|hebdomadaire(?:ment)?|par (?:jour|semaine)',
  months,
  times: [
    ['iso', `${prep}(\\d{4})-(\\d{1,2})-(\\d{1,2})`],
    ['numeric', `${prep}(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4}|\\d{2})`],
    ['dayMonthShort', "(?:le|au|d'ici le|avant le|jusqu'au|du) (\\d{1,2})/(\\d{1,2})"],
    [
      'dayMonth',
      `${prep}(\\d{1,2})(?:er|st|nd|rd|th)?(?: ?- ?(\\d{1,2})(?:er|st|nd|rd|th)?)? (?:of )?(${M})\\.?(?: (\\d{4}))?`,
    ],
    ['month', `${prep}(${M})(?: (\\d{4}))?`],
    ['quarter', `${prep}(?:[tq]([1-4])|(${ord}) (?:trimestre|quarter))(?: (?:de |d'|of )?(20\\d\\d))?`],
    ['half', `${prep}(?:[hs]([12])|(${ord}) (?:semestre|half))(?: (?:de |d'|of )?(20\\d\\d))?`],
    [
      'thisQuarter',
      "(?:d'ici |des |avant )?(?:(?:la )?fin (?:du|de) |ce |du |au |le )trimestre(?: en cours)?(?! precedent| dernier| passe)|(?:le |au )?(?:trimestre prochain|prochain trimestre)",
    ],
    [
      'season',
      "(?:d'ici |avant |pendant |durant |pour )?(?:(?:cet|l'|en|au|a l'|ce) ?)(ete|hiver|automne|printemps)(?: (\\d{4}))?|(?:d'ici |avant |pour |a )?(?:la )?(rentree|noel|black friday|fetes de fin d'annee)",
    ],
    [
      'period',
      `(?:d'ici|en|dans|sur|sous|pendant|durant|au cours d(?:es|u|e la)|au bout de) (?:les |la |le |des )?(?:prochain(?:e)?s )?(${count}) (?:prochain(?:e)?s )?(jours?|semaines?|mois|ans|annees?|trimestres?)(?: (?:prochain(?:e)?s|a venir))?`,
    ],
    [
      'relative',
      "(?:d'ici |avant |a |pour |des )?(?:la )?fin (?:de l'annee|d'annee|de l'an|du mois|de la semaine|du semestre|de l'exercice)|cette annee|dans l'annee|l'an prochain|l'annee prochaine|(?:le |au |d'ici le )?mois prochain|ce mois(?:-ci)?|(?:la )?semaine prochaine|cette semaine|(?:pendant|durant|lors de) (?:la|le) (?:semaine|mois|week-end)(?: d[ue'] ?[a-z]+)?",
    ],
    ['midYear', "(?:(?:d'ici|avant|pour|a|en) )?(?:la )?mi-? ?(20\\d\\d)"],
    ['year', "(?:en|d'ici|avant|fin|jusqu'en|pour|d'ici fin) (20\\d\\d)"],
  ],
  vague:
    "un jour|un de ces jours|bientot|rapidement|prochainement|a terme|a l'avenir|des que possible|au plus vite|le plus vite possible|plus tard|a long terme|a court terme",
  rhythm:
    'par (?:jour|semaine|mois|an|trimestre)|chaque (?:jour|semaine|mois|annee|trimestre)|tous les (?:jours|mois|ans)|toutes les semaines|mensuel(?:le)?(?:ment)?|hebdomadaire(?:ment)?',
  startOnly:
    "a partir d(?:e|u|')|des (?:ce|cette|le|la|l'|maintenant|aujourd'hui)|des(?= (?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre))",
  purpose:
    "(?:pour|afin d[e']) ?(?:[a-z]+(?:er|ir|re)|faire|aider|attirer|soutenir|remplir|trouver|vendre|annoncer)(?![a-z])",
  goalStatement:
    "\\((?:[^)]*?)(?:objectif|but)|(?:notre |l')?objectif (?:est|business|commercial|b2b|principal)|le but est",
  budget: "budget|de publicite|de pub|en publicite|d'achat media|depense",
  costPer: 'cout par|couts par|cpl|cpa|cpc|par (?:lead|vente|prospect|demande|inscription|reservation)',
  current: "actuel(?:le)?(?:ment)?|aujourd'hui|en ce moment|constate|moyen",
  metrics: {
    'audience-growth': 'le taux de croissance mensuel de l’audience',
    'reach-rate': 'le taux de portée',
    'open-rate': 'le taux d’ouverture',
    winback: 'le nombre de clients reconquis',
    'market-share': 'la part de marché',
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
    followers: 'le nombre d’abonnés',
    response: 'le taux de réponse aux messages',
    posts: 'le nombre de publications par semaine',
    awareness: 'la notoriété de la marque',
    reputation: 'la note moyenne des avis',
    engagement: 'le nombre d’interactions',
    satisfaction: 'la satisfaction client',
    loyalty: 'le taux de clients fidèles',
    recruitment: 'le nombre de candidatures',
    competition: 'la part de voix sociale',
    leads: 'le nombre de leads par mois',
    sales: 'le nombre de ventes par mois',
    traffic: 'le nombre de visites du site par mois',
    likes: 'le nombre de likes',
    views: 'le nombre de vues',
    reviews: 'la note moyenne des avis',
  },
  goals: {
    sales: 'augmenter les ventes',
    leads: 'générer des leads',
    awareness: 'développer la notoriété',
    loyalty: 'renforcer la fidélisation',
    reputation: 'améliorer la réputation',
    traffic: 'générer du trafic vers le site',
    recruitment: 'soutenir le recrutement',
  },
  placeholders: {
    metric: '[indicateur\u00a0: abonnés, leads, ventes…]',
    channel: '[réseau]',
    baseline: '[valeur actuelle]',
    target: '[cible]',
    date: 'd’ici le [date]',
    goal: '[objectif\u00a0: ventes, leads, réservations…]',
  },
};

registerRules(fr);
export default fr;
