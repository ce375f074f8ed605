import type fr from '../fr/audit';

/** UI strings of the audit area (English). Same keys as fr/audit.ts. */
export default {} as const satisfies Record<keyof typeof fr, string>;
