/** What tells an objective written in French apart (src/lib/smart/detect.ts). */

/** Letters English does not use, which tell a French objective apart (src/lib/smart/detect.ts). */
export const objectiveLetters = 'éèêàçùâîôûœ«»';

/** Frequent words of French objectives (accents folded), which tell the language apart. */
export const objectiveStopwords =
  'le|la|les|des|du|de|un|une|et|est|pour|sur|nos|notre|nous|au|aux|avec|par|dans|ce|cette|ici|plus|avoir|etre|faire|obtenir|atteindre|gagner|mois|semaines|jours|abonnes|taux|ventes|d|l|qu|entre|sous|ameliorer|augmenter|reduire|bientot|publier|tous|toutes|reseaux|sociaux|lancer|doubler|devenir|porter|collecter|generer|repondre|visites|chaque|depuis|avis|clients|recruter|passer|fin|annee|trimestre|jour|vers|grace|afin';
