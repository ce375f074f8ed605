/** UI strings of the kpi area (French). Keys start with 'kpi.'; en/kpi.ts has the same keys. */
export default {} as const;
