/**
 * Sharing, link previews, structured data, installing, legal notice and privacy (French).
 * en/share.ts has the same keys.
 */
export default {
  'share.title': 'Partager cette page',
  'share.linkedin': 'LinkedIn',
  'share.facebook': 'Facebook',
  'share.x': 'X',
  'share.whatsapp': 'WhatsApp',
  'share.email': 'E-mail',
  'share.note': 'De simples liens : rien n’est chargé depuis ces réseaux tant que vous ne cliquez pas.',
  'share.button': 'Partager',
  'share.buttonHint': 'Partage l’adresse de cet outil avec les valeurs saisies.',
  'share.buttonHintPage': 'Partage l’adresse de cet outil, sans vos réponses.',
  'share.buttonHintAddress':
    'Partage l’adresse de cet outil seulement : vos fichiers et vos chiffres restent dans votre navigateur.',
  'share.copied': 'Lien copié dans le presse-papiers.',
  'share.copyManual': 'Copiez ce lien :',
  'share.linkLabel': 'Lien vers cet outil',
  'share.emailBody': '{title} : {url}',
  'card.chapter': 'Chapitre {n}',
  'card.guide': 'Le guide',
  'card.tool': 'Outil',
  'card.glossary': 'Glossaire',
  'card.alt': 'Aperçu : {title}, {site}',
  'ld.level': 'Débutant',
  'ld.home': 'Accueil',
  'manifest.shortName': 'Médias sociaux',
  'manifest.description':
    'Le guide libre du marketing sur les médias sociaux, ses calculateurs et ses outils, même hors ligne.',
  'footer.legal': 'Mentions légales',
  'footer.privacy': 'Confidentialité',
  'legal.title': 'Mentions légales',
  'legal.description':
    'Qui publie ce site, qui l’héberge et sous quelles licences ses textes et son code sont diffusés.',
  'legal.publisher': 'Éditeur',
  'legal.name': 'Nom ou raison sociale',
  'legal.address': 'Adresse',
  'legal.contact': 'Contact',
  'legal.director': 'Directeur ou directrice de la publication',
  'legal.host': 'Hébergeur',
  'legal.unset': 'information non renseignée par l’éditeur de cette copie du site',
  'legal.unsetNote':
    'Ce site est un logiciel libre : chacun peut en publier une copie. La personne qui publie une copie renseigne ces informations au moment de la construire ; celles qui manquent sont signalées ci-dessus.',
  'legal.licences': 'Licences',
  'legal.licenceText':
    'Les textes du guide, du glossaire et des outils sont diffusés sous licence Creative Commons Attribution – Partage dans les mêmes conditions 4.0 (CC BY-SA 4.0).',
  'legal.licenceCode': 'Le code source est diffusé sous licence MIT.',
  'legal.licenceFont':
    'Les images d’aperçu des pages utilisent la police Atkinson Hyperlegible (© 2020 Braille Institute of America), sous licence SIL Open Font License 1.1.',
  'legal.sources': 'Les chiffres cités restent la propriété de leurs auteurs ; chaque page en donne la source.',
  'legal.privacy': 'Ce que le site enregistre sur votre appareil est expliqué dans la page {link}.',
  'privacy.title': 'Confidentialité',
  'privacy.description':
    'Ce que ce site enregistre sur votre appareil, ce qu’il n’envoie jamais, et comment tout effacer.',
  'privacy.summary':
    'Ce site n’utilise aucun cookie, aucun traceur et aucun service tiers. Il ne vous demande aucune donnée personnelle et n’envoie rien : vos chiffres restent dans votre navigateur.',
  'privacy.stored': 'Ce qui est enregistré sur votre appareil',
  'privacy.storedIntro': 'Deux choses seulement, et uniquement dans votre navigateur :',
  'privacy.storageHeading': 'Le stockage local (localStorage)',
  'privacy.storage':
    'L’autodiagnostic enregistre vos réponses au fur et à mesure, pour que vous puissiez reprendre plus tard, ainsi que vos derniers résultats. Le tableau de bord de vos exports n’enregistre ses chiffres que si vous le demandez. Aucun autre outil n’enregistre quoi que ce soit. Les clés utilisées :',
  'privacy.key.audit': 'vos réponses en cours et l’historique de vos résultats',
  'privacy.key.dashboard':
    'le tableau de bord de vos exports, seulement si vous cliquez sur « Enregistrer » : les chiffres de vos publications (pas les fichiers) et la correspondance de leurs colonnes',
  'privacy.key.dashboardSetAside':
    'un enregistrement illisible du tableau de bord, mis de côté pour que vous décidiez quoi en faire ; il peut porter un numéro ({key}-2, {key}-3…)',
  'privacy.key.reload':
    'dans la mémoire de session de l’onglet seulement : la marque qui évite de recharger deux fois une page dont le code a changé avec une mise à jour du site',
  'privacy.key.presenter':
    'dans la mémoire de session de l’onglet seulement (effacée à sa fermeture) : si le mode présentation des outils est activé',
  'privacy.key.setAside':
    'une sauvegarde illisible mise de côté (par exemple venant d’une autre version du site), pour que vous décidiez quoi en faire ; elle peut porter un numéro ({key}-2, {key}-3…)',
  'privacy.cacheHeading': 'Le cache hors ligne (service worker)',
  'privacy.cache':
    'Pour que le guide et les outils fonctionnent sans réseau, le navigateur garde une copie des pages et de leurs fichiers dans un cache nommé {name}, suivi de la date de la version. Il ne contient que des fichiers du site, jamais vos saisies.',
  'privacy.notStored': 'Ce qui n’existe pas ici',
  'privacy.noCookies': 'Aucun cookie.',
  'privacy.noSend':
    'Aucun envoi : les calculs, l’autodiagnostic et le vérificateur SMART tournent dans votre navigateur. Le site ne fait aucune requête vers un autre site.',
  'privacy.noTrackers':
    'Aucune mesure d’audience, aucune publicité, aucun bouton de réseau social chargé depuis l’extérieur : les liens de partage sont de simples liens.',
  'privacy.host':
    'Comme tout serveur web, l’hébergeur de cette copie du site peut tenir un journal technique des visites (adresse IP, page demandée). Voir les {link} pour savoir qui il est.',
  'privacy.erase': 'Tout effacer',
  'privacy.eraseIntro': 'Vous pouvez effacer à tout moment tout ce que ce site a enregistré :',
  'privacy.eraseBrowser':
    'dans votre navigateur, effacez les données de ce site : dans Chrome, Edge ou Firefox, cliquez sur l’icône à gauche de l’adresse, puis sur « Paramètres du site » ou « Effacer les cookies et les données du site » ; sur iPhone, Réglages, Safari, Avancé, Données de sites web. Cela supprime le stockage local et le cache hors ligne ;',
  'privacy.eraseApp': 'si vous avez installé le site comme une application, désinstallez-la aussi.',
} as const;
