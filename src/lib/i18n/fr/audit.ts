/** UI strings of the audit area (French). Keys start with 'audit.'; en/audit.ts has the same keys. */
export default {} as const;
