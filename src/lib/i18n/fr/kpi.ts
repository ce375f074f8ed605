import type { KpiDictionary } from '../../kpi/keys';

/**
 * UI strings of the kpi area (French). Keys start with 'kpi.'; en/kpi.ts has the same keys. The
 * keys every KPI module needs are checked (`KpiDictionary`): a missing one fails type checking.
 */
export default {
  'kpi.audience-growth.name': 'Taux de croissance de l’audience',
  'kpi.audience-growth.description':
    'Calculez l’évolution de votre nombre d’abonnés sur une période, en pourcentage de l’audience de départ.',
  'kpi.audience-growth.meaning':
    'Votre audience est passée de {start} à {end} abonnés : une évolution de {value} par rapport au début de la période.',
  'kpi.reach-rate.name': 'Taux de portée',
  'kpi.reach-rate.description':
    'Calculez la part de vos abonnés touchée par une publication : portée divisée par le nombre d’abonnés.',
  'kpi.reach-rate.meaning':
    'La publication a touché {reach} comptes, l’équivalent de {value} de vos {followers} abonnés. Plus de 100 % est possible : des non-abonnés la voient aussi.',
  'kpi.engagement-rate.name': 'Taux d’engagement',
  'kpi.engagement-rate.description':
    'Calculez le taux d’engagement par portée, par abonnés et par impressions, côte à côte, pour une ou plusieurs publications.',
  'kpi.engagement-rate.meaning.reach': 'Pour 100 comptes touchés, la publication a reçu {per100} interactions.',
  'kpi.engagement-rate.meaning.followers': 'Pour 100 abonnés, la publication a reçu {per100} interactions.',
  'kpi.engagement-rate.meaning.impressions': 'Pour 100 affichages, la publication a reçu {per100} interactions.',
  'kpi.engagement-rate.why':
    'Pourquoi ces taux diffèrent : la portée compte les comptes uniques qui ont vu la publication, les abonnés comptent toute votre audience (dont une partie ne l’a pas vue), les impressions comptent chaque affichage (une même personne peut en compter plusieurs). Le taux par impressions est donc toujours inférieur ou égal au taux par portée. Dites toujours quelle base vous utilisez.',
  'kpi.share-of-voice.name': 'Part de voix',
  'kpi.share-of-voice.description':
    'Calculez la part des mentions de votre marque face à vos concurrents, avec un graphique par concurrent.',
  'kpi.share-of-voice.meaning': 'Votre marque totalise {brand} des {total} mentions, soit {value} de la conversation.',
  'kpi.ctr.name': 'Taux de clics (CTR)',
  'kpi.ctr.description':
    'Calculez le taux de clics d’une annonce ou d’une publication : clics divisés par impressions.',
  'kpi.ctr.meaning': '{value} des affichages ont donné lieu à un clic : {clicks} clics pour {impressions} impressions.',
  'kpi.cpc.name': 'Coût par clic (CPC)',
  'kpi.cpc.description': 'Calculez ce que vous coûte chaque clic : dépense divisée par le nombre de clics.',
  'kpi.cpc.meaning': 'Chaque clic vous a coûté en moyenne {value}.',
  'kpi.cpm.name': 'Coût pour mille impressions (CPM)',
  'kpi.cpm.description':
    'Calculez le coût de mille affichages de votre annonce : dépense divisée par les impressions, fois 1 000.',
  'kpi.cpm.meaning': 'Mille affichages de votre annonce vous ont coûté en moyenne {value}.',
  'kpi.conversion-rate.name': 'Taux de conversion',
  'kpi.conversion-rate.description':
    'Calculez la part des clics qui aboutissent à une action utile : achat, inscription, demande de devis.',
  'kpi.conversion-rate.meaning':
    '{value} des clics ont abouti à une conversion : {conversions} conversions pour {clicks} clics.',
  'kpi.cpa.name': 'Coût par acquisition (CPA)',
  'kpi.cpa.description': 'Calculez ce que vous coûte chaque conversion : dépense divisée par le nombre de conversions.',
  'kpi.cpa.meaning': 'Chaque conversion vous a coûté en moyenne {value}.',
  'kpi.roi.name': 'Retour sur investissement (ROI)',
  'kpi.roi.description':
    'Calculez le retour sur investissement d’une action : (marge brute attribuée − dépense) divisée par la dépense. La marge brute, c’est le chiffre d’affaires apporté moins le coût des produits ou services vendus.',
  'kpi.roi.meaning.gain': 'Pour {cost} investis, vous avez gagné {net} de plus que la dépense : un ROI de {value}.',
  'kpi.roi.meaning.loss': 'Pour {cost} investis, vous avez perdu {net} : un ROI de {value}.',
  'kpi.story-completion.name': 'Taux de complétion des stories',
  'kpi.story-completion.description':
    'Calculez la part des comptes touchés par le premier écran d’une story qui voient aussi le dernier : portée du dernier écran divisée par la portée du premier.',
  'kpi.story-completion.meaning':
    '{value} des comptes touchés par le premier écran ont vu le dernier : {last} sur {first}.',
  'kpi.amplification-rate.name': 'Taux d’amplification',
  'kpi.amplification-rate.description':
    'Calculez combien vos contenus sont partagés au regard de votre audience : partages divisés par le nombre d’abonnés (la variante par abonné, plus récente que la définition par publication d’Avinash Kaushik).',
  'kpi.amplification-rate.meaning': 'Pour 100 abonnés, la publication a été partagée {per100} fois.',

  'kpi.input.start': 'Abonnés au début de la période',
  'kpi.input.end': 'Abonnés à la fin de la période',
  'kpi.input.reach': 'Portée (comptes uniques touchés)',
  'kpi.input.followers': 'Nombre d’abonnés',
  'kpi.input.engagements': 'Interactions (réactions, commentaires, partages, enregistrements)',
  'kpi.input.impressions': 'Impressions (nombre d’affichages)',
  'kpi.input.brand': 'Mentions de votre marque',
  'kpi.input.competitors': 'Mentions des concurrents (total)',
  'kpi.input.clicks': 'Clics',
  'kpi.input.cost': 'Dépense totale',
  'kpi.input.conversions': 'Conversions',
  'kpi.input.revenue': 'Marge brute attribuée (chiffre d’affaires moins coût des ventes)',
  'kpi.input.first': 'Portée du premier écran (comptes uniques)',
  'kpi.input.last': 'Portée du dernier écran (comptes uniques)',
  'kpi.input.shares': 'Partages',
  'kpi.input.optional': '(facultatif)',

  'kpi.sym.start': 'abonnés au début',
  'kpi.sym.end': 'abonnés à la fin',
  'kpi.sym.reach': 'portée',
  'kpi.sym.followers': 'abonnés',
  'kpi.sym.engagements': 'interactions',
  'kpi.sym.impressions': 'impressions',
  'kpi.sym.brand': 'mentions de la marque',
  'kpi.sym.competitors': 'mentions des concurrents',
  'kpi.sym.clicks': 'clics',
  'kpi.sym.cost': 'dépense',
  'kpi.sym.conversions': 'conversions',
  'kpi.sym.revenue': 'marge brute attribuée',
  'kpi.sym.first': 'portée du premier écran',
  'kpi.sym.last': 'portée du dernier écran',
  'kpi.sym.shares': 'partages',

  'kpi.basis.reach': 'Par portée',
  'kpi.basis.followers': 'Par abonnés',
  'kpi.basis.impressions': 'Par impressions',

  'kpi.error.notNumber': 'Ce n’est pas un nombre. Exemples : 1 234 ou 1 234,5.',
  'kpi.error.ambiguous': 'Nombre ambigu : écrivez 1 500 (mille cinq cents) ou 1,5 (un et demi).',
  'kpi.error.wrongUnit': 'Unité inattendue : saisissez le nombre seul, sans % ni autre devise que celle choisie.',
  'kpi.error.negative': 'Ce nombre ne peut pas être négatif.',
  'kpi.error.notWhole': 'Un nombre entier est attendu : on ne compte pas de demi-clic ni de demi-abonné.',
  'kpi.error.tooLarge': 'Nombre trop grand (plus d’un million de milliards) : vérifiez la saisie.',
  'kpi.error.zero':
    'Ne peut pas valoir 0 : ce nombre divise le calcul, et une division par zéro n’a pas de résultat (n. d.).',
  'kpi.error.noMentions': 'Aucune mention au total (marque et concurrents) : la part de voix n’est pas définie.',
  'kpi.error.clicksAboveImpressions':
    'Plus de clics que d’impressions : impossible, chaque clic suit un affichage. Vérifiez les deux chiffres.',
  'kpi.error.lastAboveFirst':
    'Portée du dernier écran supérieure à celle du premier : impossible pour un taux de complétion. Vérifiez les deux chiffres.',
  'kpi.error.reachAboveImpressions':
    'Portée supérieure aux impressions : impossible, chaque compte touché a vu au moins un affichage. Vérifiez les deux chiffres.',
  'kpi.error.noBasis': 'Indiquez au moins une base : portée, abonnés ou impressions.',

  'kpi.warning.conversionsAboveClicks':
    'Plus de conversions que de clics : c’est possible (conversions après simple vue, plusieurs achats par clic), mais vérifiez la fenêtre d’attribution.',
  'kpi.warning.engagementsAboveBase':
    'Plus d’interactions que la base : possible (une personne peut aimer, commenter et partager), mais vérifiez ce que vous comptez.',
  'kpi.warning.smallSample': 'Moins de 100 dans la base : sur un si petit échantillon, le pourcentage varie beaucoup.',
  'kpi.warning.reachAboveFollowers':
    'Portée supérieure au nombre d’abonnés : normal si des non-abonnés ont vu la publication.',

  'kpi.hint.incomplete': 'Remplissez les champs pour voir le résultat.',
  'kpi.hint.noBasis':
    'Indiquez les interactions et au moins une base (portée, abonnés ou impressions) pour voir le taux.',
  'kpi.result.title': 'Résultat',
  'kpi.result.na': 'n. d.',
  'kpi.result.naLong': 'Pas de résultat tant qu’un champ est vide ou erroné.',
  'kpi.formula.title': 'Le calcul',
  'kpi.formula.label': 'Formule',
  'kpi.formula.yours': 'Avec vos chiffres',
  'kpi.inputs.legend': 'Vos chiffres',
  'kpi.currency.label': 'Devise',
  'kpi.currency.bad': 'Devise inconnue dans le lien : l’euro (EUR) est utilisé.',
  'kpi.copy.button': 'Copier le lien de ce calcul',
  'kpi.copy.done': 'Lien copié : il rouvre ce calcul avec vos chiffres.',
  'kpi.copy.manual': 'Copiez ce lien, il rouvre ce calcul avec vos chiffres :',

  'kpi.posts.toggle': 'Calculer sur plusieurs publications',
  'kpi.posts.title': 'Plusieurs publications',
  'kpi.posts.intro':
    'Saisissez les interactions et la base de chaque publication. Deux moyennes sont possibles, et elles ne donnent pas le même chiffre.',
  'kpi.posts.basis': 'Base utilisée pour chaque publication',
  'kpi.posts.post': 'Publication {n}',
  'kpi.posts.engagements': 'Interactions, publication {n}',
  'kpi.posts.base': 'Base, publication {n}',
  'kpi.posts.rate': 'Taux : {rate}',
  'kpi.posts.add': 'Ajouter une publication',
  'kpi.posts.remove': 'Retirer la publication {n}',
  'kpi.posts.mean': 'Moyenne des taux par publication',
  'kpi.posts.ratio': 'Rapport des totaux',
  'kpi.posts.explain':
    'La moyenne des taux donne le même poids à chaque publication ; le rapport des totaux (interactions totales ÷ base totale × 100) donne le même poids à chaque personne ou affichage. Une petite publication au taux élevé tire la moyenne vers le haut, pas le rapport. Dites lequel vous utilisez.',
  'kpi.posts.gap': 'Écart entre les deux : {gap} {points, plural, one {point} other {points}}.',
  'kpi.posts.hint': 'Remplissez au moins une publication complète.',

  'kpi.sov.title': 'Détail par concurrent',
  'kpi.sov.intro': 'Ajoutez vos concurrents un par un : leur total remplit le champ « Mentions des concurrents ».',
  'kpi.sov.add': 'Ajouter un concurrent',
  'kpi.sov.remove': 'Retirer {name}',
  'kpi.sov.name': 'Nom du concurrent {n}',
  'kpi.sov.mentions': 'Mentions du concurrent {n}',
  'kpi.sov.unnamed': 'Concurrent {n}',
  'kpi.sov.sum': 'Somme des concurrents ci-dessous.',
  'kpi.sov.brand': 'Votre marque',
  'kpi.sov.chart': 'Répartition des mentions',
  'kpi.sov.who': 'Qui',
  'kpi.sov.mentionsCol': 'Mentions',
  'kpi.sov.shareCol': 'Part de voix',
  'kpi.sov.summary': 'Part de voix : {list}.',

  'kpi.growth.title': 'Plusieurs périodes',
  'kpi.growth.intro':
    'Ajoutez l’audience à la fin de chaque période suivante pour suivre l’évolution, période par période.',
  'kpi.growth.point': 'Audience au point {n}',
  'kpi.growth.add': 'Ajouter une période',
  'kpi.growth.remove': 'Retirer le point {n}',
  'kpi.growth.chart': 'Évolution de l’audience',
  'kpi.growth.pointCol': 'Point',
  'kpi.growth.audienceCol': 'Audience',
  'kpi.growth.growthCol': 'Évolution sur la période',
  'kpi.growth.overall': 'Sur l’ensemble des périodes : {value}.',
  'kpi.growth.summary': 'Audience : {list}.',

  'kpi.index.title': 'Tous les outils',
  'kpi.index.calculators': 'Calculateurs de KPI',
} as const satisfies KpiDictionary;
