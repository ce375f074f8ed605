import type fr from '../fr/reveal';

/** UI strings of "guess first" (`?reveal=1`), shared by every tool (English). Same keys as fr/reveal.ts. */
export default {
  'reveal.show': 'Show the answer',
  'reveal.hint': 'Make your guess first.',
} as const satisfies Record<keyof typeof fr, string>;
