import type fr from '../fr/smart';

/** UI strings of the smart area (English). Same keys as fr/smart.ts. */
export default {} as const satisfies Record<keyof typeof fr, string>;
