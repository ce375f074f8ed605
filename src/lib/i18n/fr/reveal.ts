/** UI strings of "guess first" (`?reveal=1`), shared by every tool (French). Keys start with 'reveal.'. */
export default {
  'reveal.show': 'Voir la réponse',
  'reveal.hint': 'Faites d’abord votre pronostic.',
} as const;
