import type fr from '../fr/embed';

/** UI strings of embeds and the embed panel (English). Same keys as fr/embed.ts. */
export default {
  'embed.description': 'An embeddable tool from the free guide to social media marketing.',
  'embed.openFull': 'Open the full page (new tab)',
} as const satisfies Record<keyof typeof fr, string>;
