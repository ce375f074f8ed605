/**
 * UI strings of the worksheets of the trainers' page (French): student sheets, trainer keys and
 * lesson plans. Keys start with 'worksheets.'; en/worksheets.ts has the same keys. Figures are
 * never written here: questions are templates filled with the lesson’s data (src/lib/embed/lessons.ts).
 */
export default {
  'worksheets.title': 'Fiches d’exercices et corrigés à imprimer',
  'worksheets.intro':
    'Chaque séance a une fiche pour les apprenants et un corrigé pour vous, au format A4 (une ou deux pages). Les chiffres des fiches sont ceux des liens préremplis, et chaque réponse du corrigé est calculée par les outils du site : ils ne peuvent pas se contredire.',
  'worksheets.sheet': 'Fiche apprenant',
  'worksheets.key': 'Corrigé formateur',
  'worksheets.duration': 'Durée : {minutes} minutes',
  'worksheets.minutes': '{minutes} min',
  'worksheets.plan.title': 'Déroulé de la séance',
  'worksheets.plan.when': 'Temps',
  'worksheets.plan.step': 'Étape',
  'worksheets.plan.embed': 'À projeter',
  'worksheets.plan.none': 'aucun outil',
  'worksheets.name': 'Nom : ………………………………  Date : ……………………',
  'worksheets.answer': 'Votre réponse :',
  'worksheets.questions': 'Questions',
  'worksheets.pair': '{label} : {value}',
  'worksheets.quote': '« {text} »',
  'worksheets.answers': 'Réponses',
  'worksheets.computed':
    'Chaque résultat ci-dessous est calculé, au moment de la publication du site, par la même fonction que l’outil, avec les chiffres de la fiche apprenant.',
  'worksheets.open': 'outil prérempli',
  'worksheets.embed': 'version intégrable',
  'worksheets.back': 'Retour à la page Formateurs',
  'worksheets.toKey': 'Voir le corrigé',
  'worksheets.toSheet': 'Voir la fiche apprenant',
  'worksheets.print': 'Pour l’imprimer ou en faire un PDF : Ctrl+P (Cmd+P sur Mac), format A4.',
  'worksheets.check': 'Vérifiez avec l’outil :',
  'worksheets.warning': 'L’outil ajoute une mise en garde : {text}',

  'worksheets.kpi.title': 'Le mois de mars d’une boulangerie sur Instagram',
  'worksheets.kpi.context':
    'Une boulangerie de quartier publie sur Instagram depuis un an. Voici son mois de mars, en chiffres fictifs mais plausibles : ses abonnés, la portée de ses publications (le nombre de comptes touchés) et leurs interactions, puis une publicité payante. Calculez chaque indicateur, écrivez la formule utilisée, puis vérifiez avec l’outil.',
  'worksheets.kpi.plan.context':
    'Présenter la boulangerie et distinguer les chiffres de la publication gratuite (portée, abonnés) de ceux de la publicité (impressions, clics).',
  'worksheets.kpi.plan.audience': 'Croissance de l’audience et taux de portée : calcul à la main, puis vérification.',
  'worksheets.kpi.plan.engagement':
    'Taux d’engagement : le même chiffre rapporté à la portée puis aux abonnés ; discuter de l’écart.',
  'worksheets.kpi.plan.ad':
    'Le parcours de la publicité : taux de clics, coût par clic, taux de conversion, coût par commande.',
  'worksheets.kpi.plan.roi': 'Le retour sur investissement : la publicité a-t-elle rapporté plus qu’elle n’a coûté ?',
  'worksheets.kpi.plan.smart': 'Juger l’objectif du mois suivant avec les cinq critères SMART.',
  'worksheets.kpi.note.engagement-rate':
    'La portée compte les comptes réellement touchés, les abonnés l’audience potentielle : le taux par portée est plus élevé ici, et chacun se compare à ses propres repères.',
  'worksheets.kpi.note.roi': 'Un ROI positif : la marge gagnée dépasse le coût de la publicité.',

  'worksheets.smart.title': 'Atelier : écrire des objectifs SMART',
  'worksheets.smart.context':
    'La boulangerie de quartier prépare ses objectifs pour le printemps. Un objectif SMART est Spécifique, Mesurable, Atteignable, Pertinent et Temporellement défini. Pour chaque objectif, cochez l’état de chaque critère, puis réécrivez-le.',
  'worksheets.smart.objective.vague': 'Être plus visibles sur Instagram',
  'worksheets.smart.objective.sales': 'Augmenter nos ventes grâce aux réseaux sociaux cette année',
  'worksheets.smart.objective.model':
    'Passer le taux d’engagement par portée de nos Reels Instagram de 2 % à 3 % d’ici le 30 juin pour faire venir plus de clients en boutique',
  'worksheets.smart.q.judge': 'Rempli, partiel, manquant ou impossible à juger ? Puis réécrivez l’objectif.',
  'worksheets.smart.q.rewrite':
    'À vous : écrivez un objectif SMART pour la boulangerie, puis vérifiez-le avec le vérificateur.',
  'worksheets.smart.objective': 'Objectif {n}',
  'worksheets.smart.rewrite': 'Votre version :',
  'worksheets.smart.improved': 'Réécriture proposée par le vérificateur :',
  'worksheets.smart.model': 'Un exemple qui remplit les cinq critères :',
  'worksheets.smart.asOf':
    'Analyse du vérificateur au {date}. En ligne, les délais se comptent à partir du jour où l’objectif est vérifié.',
  'worksheets.smart.plan.recall': 'Rappeler les cinq critères avec un exemple au tableau.',
  'worksheets.smart.plan.judge': 'Par deux, juger les trois objectifs de la fiche sans outil.',
  'worksheets.smart.plan.check': 'Projeter le vérificateur sur chaque objectif et comparer avec les réponses.',
  'worksheets.smart.plan.rewrite':
    'Chacun réécrit un objectif et le vérifie sur son téléphone ; montrer l’exemple qui remplit les cinq critères.',

  'worksheets.voice.title': 'Part de voix : la boulangerie face à ses concurrentes',
  'worksheets.voice.context':
    'En mars, la boulangerie a relevé à la main les mentions publiques de chaque boulangerie du quartier sur Instagram (identifications, commentaires, publications de clients) et noté leurs abonnés et les interactions visibles sur leurs publications du mois. La portée et les vues d’un compte ne sont visibles que par ce compte : celles des concurrentes restent inconnues.',
  'worksheets.voice.ours': 'Notre boulangerie',
  'worksheets.voice.col.name': 'Boulangerie',
  'worksheets.voice.col.mentions': 'Mentions',
  'worksheets.voice.col.followers': 'Abonnés',
  'worksheets.voice.col.engagements': 'Interactions',
  'worksheets.voice.col.share': 'Part des mentions',
  'worksheets.voice.q.share':
    'Nous avons {brand} mentions, nos deux concurrentes {competitors} à elles deux : quelle est notre part de voix ?',
  'worksheets.voice.q.ours': 'Notre taux d’engagement par abonnés ({engagements} interactions, {followers} abonnés) ?',
  'worksheets.voice.q.rival': 'Celui de {name} ({engagements} interactions, {followers} abonnés) ?',
  'worksheets.voice.q.discuss':
    'La boulangerie dont on parle le plus est-elle celle qui engage le plus ses abonnés ? Quel chiffre vous manque pour comparer les publications, et pourquoi ?',
  'worksheets.voice.note.discuss':
    'Non : la plus citée a le taux d’engagement par abonnés le plus bas. Pour comparer des concurrents, on ne dispose que des chiffres publics (mentions, abonnés, interactions), sur une même période : leur portée et leurs vues ne sont pas publiques, donc pas de taux par portée.',
  'worksheets.voice.plan.context':
    'Expliquer la part de voix et d’où viennent les chiffres : comptés à la main, sur un mois, avec les mêmes règles pour tous.',
  'worksheets.voice.plan.share': 'Calculer la part de voix, puis la part de chaque boulangerie.',
  'worksheets.voice.plan.engagement': 'Le taux d’engagement par abonnés de chacune, le seul comparable de l’extérieur.',
  'worksheets.voice.plan.discuss':
    'Débattre : notoriété et engagement ne vont pas toujours ensemble ; ce que les chiffres publics ne disent pas.',
} as const;
