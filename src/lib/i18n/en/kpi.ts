import type fr from '../fr/kpi';

/** UI strings of the kpi area (English). Same keys as fr/kpi.ts. */
export default {} as const satisfies Record<keyof typeof fr, string>;
