/** UI strings of embeds and the embed panel (French). Keys start with 'embed.'; en/embed.ts has the same keys. */
export default {
  'embed.description': 'Outil intégrable du guide libre du marketing sur les médias sociaux.',
  'embed.openFull': 'Ouvrir la page complète (nouvel onglet)',
} as const;
