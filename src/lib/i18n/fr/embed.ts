/** UI strings of embeds and the embed panel (French). Keys start with 'embed.'; en/embed.ts has the same keys. */
export default {
  'embed.description': 'Outil intégrable du guide libre du marketing sur les médias sociaux.',
  'embed.openFull': 'Ouvrir la page complète (nouvel onglet)',
  'embed.panel.title': 'Intégrer cet outil',
  'embed.panel.intro':
    'Placez cet outil dans vos diapositives, votre plateforme de formation ou votre site : choisissez la langue, le thème et la taille, vérifiez l’aperçu, puis copiez le code ou le lien.',
  'embed.panel.guide': 'Mode d’emploi pour les formateurs',
  'embed.panel.options': 'Réglages de l’intégration',
  'embed.panel.lang': 'Langue de l’outil',
  'embed.panel.theme': 'Thème',
  'embed.theme.auto': 'Celui de l’appareil',
  'embed.theme.light': 'Clair',
  'embed.theme.dark': 'Sombre',
  'embed.panel.size': 'Taille',
  'embed.size.normal': 'Normale',
  'embed.size.large': 'Mode présentation (grands caractères)',
  'embed.presenter.toggle': 'Mode présentation',
  'embed.presenter.on':
    'Mode présentation activé : grands caractères, sans en-tête. Pour en sortir : ce bouton ou Alt + Maj + P.',
  'embed.presenter.phone': 'Sur votre téléphone',
  'embed.presenter.qr': 'Code QR de l’adresse ci-dessous',
  'embed.panel.layout': 'Mise en page',
  'embed.layout.page': 'Page (outil complet avec ses explications)',
  'embed.layout.slide': 'Diapositive (compacte, 16:9 : saisies et résultat côte à côte)',
  'embed.panel.reveal': 'Pronostic d’abord : le résultat reste caché derrière « Voir la réponse »',
  'embed.panel.values': 'Préremplir avec les valeurs actuelles de l’outil',
  'embed.panel.script': 'Ajouter le script qui ajuste la hauteur du cadre à son contenu (embed.js)',
  'embed.panel.height': 'Hauteur du cadre, en pixels',
  'embed.panel.preview': 'Aperçu',
  'embed.panel.previewTitle': 'Aperçu : {title}',
  'embed.panel.code': 'Code HTML à coller',
  'embed.panel.link': 'Lien direct, pour les outils qui n’acceptent pas de cadre',
  'embed.panel.copyCode': 'Copier le code',
  'embed.panel.copyLink': 'Copier le lien',
  'embed.panel.copied': 'Copié dans le presse-papiers.',
  'embed.panel.copyManual':
    'La copie automatique n’a pas fonctionné : le texte est sélectionné, copiez-le avec Ctrl+C (ou Cmd+C).',
  'embed.panel.image': 'Image du résultat',
  'embed.panel.imageIntro':
    'Pour les diapositives qui n’acceptent ni cadre ni page web : une image de l’état actuel de l’outil (titre, données, résultat).',
  'embed.panel.svg': 'Télécharger l’image (SVG)',
  'embed.panel.png': 'Télécharger l’image (PNG)',
  'embed.panel.downloaded': 'Image enregistrée : {file}.',
  'embed.panel.scorm': 'Plateforme de formation sans cadre : paquet SCORM',
  'embed.panel.scormIntro':
    'Pour Moodle et les plateformes qui n’autorisent pas les iframes aux formateurs : un paquet SCORM 1.2 avec les réglages choisis, à importer comme activité. La plateforme enregistre que l’outil a été utilisé et, pour le vérificateur SMART et l’autodiagnostic, le score.',
  'embed.panel.scormDownload': 'Télécharger pour Moodle / LMS (SCORM 1.2)',
  'embed.panel.scormSaved': 'Paquet SCORM enregistré : {file}.',
  'embed.panel.scormError': 'Le paquet SCORM n’a pas pu être créé : réessayez.',
  'embed.scorm.none': 'Outil ouvert hors d’une plateforme de formation : votre résultat n’est pas enregistré.',
  'embed.scorm.connected': 'Relié à la plateforme de formation : votre résultat sera enregistré.',
  'embed.scorm.saved': 'Résultat enregistré par la plateforme.',
  'embed.scorm.failed': 'La plateforme n’a pas enregistré le résultat.',
  'embed.picture.inputs': 'Données',
  'embed.picture.results': 'Résultat',
  'embed.picture.noResult': 'Pas encore de résultat : saisissez des données.',
  'embed.picture.colon': ' : ',
  'embed.status.met': 'respecté',
  'embed.status.partial': 'en partie',
  'embed.status.missing': 'absent',
  'embed.status.unknown': 'à préciser',
  'embed.trainers.title': 'Formateurs : intégrer les outils dans vos cours',
  'embed.trainers.description':
    'Comment placer un calculateur de KPI, le vérificateur SMART ou l’autodiagnostic dans reveal.js, PowerPoint, Google Slides, Canva, Moodle ou une autre plateforme, avec des exemples préremplis pour un cours sur les KPI et des fiches d’exercices à imprimer avec leurs corrigés.',
  'embed.trainers.lead':
    'Chaque outil du site existe en version intégrable, sans menu ni pied de page : vous le placez dans vos diapositives ou votre plateforme, préremplissez un exemple et le faites manipuler en direct. Rien n’est envoyé : les calculs se font dans le navigateur de chacun.',
  'embed.trainers.ways.title': 'Trois façons de montrer un outil',
  'embed.trainers.ways.frame':
    'Un cadre en direct (iframe) : l’outil fonctionne dans la diapositive ou la page du cours. C’est le plus vivant, quand l’outil de présentation l’accepte.',
  'embed.trainers.ways.link':
    'Un lien : l’outil s’ouvre dans un onglet, avec vos valeurs déjà saisies. Cela marche partout.',
  'embed.trainers.ways.picture':
    'Une image (SVG ou PNG) de l’état de l’outil : titre, données, résultat. Pour les supports qui n’acceptent ni cadre ni page web, ou pour un polycopié.',
  'embed.trainers.prepare.title': 'Préparer un outil en une minute',
  'embed.trainers.prepare.1':
    'Ouvrez l’outil voulu depuis la page des outils et saisissez les chiffres de votre exemple.',
  'embed.trainers.prepare.2':
    'Descendez jusqu’au bloc « Intégrer cet outil » : choisissez la langue, le thème (clair, sombre ou celui de l’appareil) et la taille ; le mode présentation grossit le texte et les boutons pour le fond de la salle.',
  'embed.trainers.prepare.3': 'Vérifiez l’aperçu, puis copiez le code HTML, le lien direct ou téléchargez l’image.',
  'embed.trainers.prepare.tools': 'Voir tous les outils',
  'embed.trainers.address.title': 'L’adresse d’un outil intégrable',
  'embed.trainers.address.text':
    'Une adresse suffit : /fr/embed/ suivi de l’identifiant de l’outil, puis les valeurs en paramètres, avec un point comme séparateur décimal. Ajoutez theme=dark ou theme=light pour imposer un thème, et size=large pour le mode présentation. Ajoutez layout=slide pour la mise en page compacte d’une diapositive 16:9 (saisies et résultat côte à côte, formule repliée), et reveal=1 pour que le résultat attende un clic sur « Voir la réponse » : la salle fait d’abord son pronostic, et chaque nouvelle saisie cache de nouveau la réponse.',
  'embed.trainers.reveal.title': 'reveal.js',
  'embed.trainers.reveal.text':
    'Dans une diapositive, placez un iframe ; l’attribut data-src le charge seulement à l’approche de la diapositive. Ajoutez le script embed.js une fois, à la fin de la page, pour que le cadre prenne la hauteur de l’outil. La recette utilise layout=slide : l’outil tient dans une diapositive de 960 × 540.',
  'embed.trainers.reveal.background':
    'Pour un outil en plein écran, utilisez un fond de diapositive interactif : data-background-iframe donne l’adresse, data-background-interactive permet de cliquer et de saisir dedans.',
  'embed.trainers.powerpoint.title': 'PowerPoint',
  'embed.trainers.powerpoint.text':
    'PowerPoint n’accepte pas de code HTML, mais un complément de type visionneuse web affiche une page en direct dans une diapositive, par exemple Web Viewer : Insertion, Compléments, puis cherchez « Web Viewer » et collez l’adresse intégrable de l’outil.',
  'embed.trainers.powerpoint.https':
    'Ces compléments n’acceptent que des adresses en https:// ; utilisez l’adresse du site publié, pas une copie locale en http://. Testez le diaporama avant la séance, sur l’ordinateur de la salle si possible.',
  'embed.trainers.powerpoint.fallback':
    'Sans complément (ou si votre organisation les bloque), insérez l’image PNG du résultat et mettez dessus un lien vers l’outil prérempli.',
  'embed.trainers.slides.title': 'Google Slides et Canva',
  'embed.trainers.slides.text':
    'Google Slides n’affiche pas de page web en direct dans une diapositive. Insérez l’image PNG du résultat (Insertion, Image), puis ajoutez-lui un lien vers l’outil prérempli (Insertion, Lien) : pendant la présentation, un clic ouvre l’outil dans un onglet.',
  'embed.trainers.canva.text':
    'Canva n’intègre en direct que les contenus de services qu’il connaît ; ne comptez pas sur un cadre pour une page quelconque. Même méthode : l’image du résultat, avec un lien sur l’élément.',
  'embed.trainers.lms.title': 'Moodle et les autres plateformes de formation',
  'embed.trainers.lms.text':
    'Dans Moodle, ajoutez une page ou une zone texte et média, passez l’éditeur en mode code source (bouton <> ou « Code source ») et collez le code iframe. Le cadre a une hauteur fixe : le script embed.js n’est pas nécessaire, et la plupart des plateformes retirent de toute façon les scripts.',
  'embed.trainers.lms.filter':
    'Si le cadre disparaît à l’enregistrement, le filtre HTML de la plateforme l’a retiré : demandez à l’administrateur d’autoriser les iframes pour les enseignants (dans Moodle, la capacité « contenu de confiance », moodle/site:trustcontent). À défaut, l’activité URL de Moodle ouvre l’outil prérempli dans un onglet.',
  'embed.trainers.lms.others':
    'Les autres plateformes (Chamilo, Canvas, Open edX, Blackboard…) acceptent en général le même code dans leur éditeur HTML, avec les mêmes limites.',
  'embed.trainers.choose.title': 'Cadre, script ou paquet SCORM : que choisir ?',
  'embed.trainers.choose.frame':
    'Le cadre seul (le code iframe) : partout où vous pouvez coller du code HTML (votre site, reveal.js, une page Moodle si vous avez le droit d’y placer des iframes). C’est le plus simple ; le cadre garde la hauteur choisie.',
  'embed.trainers.choose.script':
    'Le cadre avec le script embed.js : sur une page que vous maîtrisez et qui accepte les scripts. Le cadre prend la hauteur de l’outil, et votre page peut recevoir les résultats (voir la fin de cette page).',
  'embed.trainers.choose.scorm':
    'Le paquet SCORM 1.2 : sur une plateforme qui n’accepte pas d’iframe de la part des formateurs mais importe des paquets SCORM (Moodle sans la capacité moodle/site:trustcontent, comme la plupart des plateformes). Elle enregistre que l’apprenant a utilisé l’outil et, pour le vérificateur SMART et l’autodiagnostic, son score.',
  'embed.trainers.scorm.title': 'Le paquet SCORM pas à pas',
  'embed.trainers.scorm.1':
    'Sur la page de l’outil, préparez-le (valeurs, langue, thème, taille), puis, dans « Intégrer cet outil », cliquez sur « Télécharger pour Moodle / LMS (SCORM 1.2) ».',
  'embed.trainers.scorm.2':
    'Dans Moodle, ajoutez une activité « Paquet SCORM » et déposez-y le fichier .zip tel quel, sans le décompresser. Dans une autre plateforme, cherchez l’import d’un paquet SCORM.',
  'embed.trainers.scorm.3':
    'La plateforme reçoit le score brut : de 0 à 5 pour le vérificateur SMART, de 0 à 100 pour l’autodiagnostic. Moodle le prend tel quel : pour le vérificateur SMART, mettez la note maximale de l’activité à 5. Un calculateur de KPI ne donne pas de note : il marque l’activité comme terminée dès qu’un résultat s’affiche.',
  'embed.trainers.scorm.limits':
    'Le paquet ne contient pas l’outil : il l’affiche depuis ce site, qui doit donc rester joignable depuis les postes des apprenants. Les réglages sont figés au téléchargement : pour les changer, téléchargez un nouveau paquet et remplacez l’ancien. La plateforme ne reçoit rien d’autre que l’achèvement, le score et le temps passé.',
  'embed.trainers.presenter.title': 'Présenter devant une salle',
  'embed.trainers.presenter.text':
    'Le mode présentation (size=large) agrandit le texte et les zones à cliquer et renforce les contrastes pour un vidéoprojecteur ; theme=light ou theme=dark impose le thème, quel que soit celui de l’ordinateur. Tout se manipule au clavier : Tab pour passer d’un champ à l’autre, les chiffres se recalculent à la frappe.',
  'embed.trainers.offline.title': 'Sans réseau',
  'embed.trainers.offline.text':
    'Après une première visite avec le réseau, votre navigateur garde le guide, les outils et leurs versions intégrables : ils fonctionnent ensuite sans connexion. Avant la séance, ouvrez une fois, en ligne et dans le navigateur qui servira, le site ou le diaporama qui contient les outils.',
  'embed.trainers.offline.note':
    'Un outil intégré dans le site d’un autre (votre diaporama en ligne, votre plateforme) est gardé pour ce site-là : ouvrez donc la page qui l’intègre elle-même, pas seulement le guide.',
  'embed.trainers.lesson.title': 'Exemple prêt à l’emploi : un cours sur les KPI',
  'embed.trainers.lesson.intro':
    'Une boulangerie de quartier publie sur Instagram depuis un an. Voici son mois de mars, en chiffres fictifs mais plausibles, à dérouler outil par outil. Chaque lien ouvre l’outil déjà rempli ; la fiche d’exercices et le corrigé de cette séance sont plus bas, avec deux autres séances.',
  'embed.trainers.lesson.step': 'Question',
  'embed.trainers.lesson.tool': 'Outil',
  'embed.trainers.lesson.links': 'Liens préremplis',
  'embed.trainers.lesson.full': 'page complète',
  'embed.trainers.lesson.embed': 'version intégrable',
  'embed.trainers.lesson.audience-growth': 'Le compte est passé de {start} à {end} abonnés : quelle croissance ?',
  'embed.trainers.lesson.reach-rate': 'Les publications ont touché {reach} comptes : quelle part des abonnés ?',
  'embed.trainers.lesson.engagement-rate':
    '{engagements} interactions : pourquoi le taux change-t-il selon qu’on le rapporte à la portée ou aux abonnés ?',
  'embed.trainers.lesson.ctr': 'Une publicité affichée {impressions} fois a reçu {clicks} clics : quel taux de clics ?',
  'embed.trainers.lesson.cpc': 'Elle a coûté {cost} : combien coûte chaque clic ?',
  'embed.trainers.lesson.conversion-rate':
    'Sur ces {clicks} clics, {conversions} commandes en ligne : quel taux de conversion ?',
  'embed.trainers.lesson.cpa': 'Combien a coûté chaque commande ?',
  'embed.trainers.lesson.roi':
    'Les {conversions} commandes ont laissé {revenue} de marge brute (ventes moins coût des produits) : la publicité est-elle rentable ?',
  'embed.trainers.lesson.smart': 'L’objectif du mois suivant est-il SMART ?',
  'embed.trainers.lesson.objective': 'Gagner 150 abonnés Instagram d’ici le 30 avril grâce à deux vidéos par semaine',
  'embed.trainers.lesson.snippet': 'Le code d’un cadre de cet exemple, prêt à coller :',
  'embed.trainers.host.title': 'Pour aller plus loin : le script embed.js',
  'embed.trainers.host.text':
    'Le script embed.js ajuste la hauteur des cadres du site à leur contenu. Il n’accepte que les messages venus du site et de ses propres cadres, avec une hauteur entre 100 et 5 000 pixels. Il signale aussi chaque nouveau résultat par un évènement smm:result sur le cadre, que votre page peut écouter :',
  'embed.trainers.snippetLabel': 'Code à copier',
} as const;
