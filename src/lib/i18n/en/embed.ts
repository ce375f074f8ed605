import type fr from '../fr/embed';

/** UI strings of the embed area (English). Same keys as fr/embed.ts. */
export default {} as const satisfies Record<keyof typeof fr, string>;
