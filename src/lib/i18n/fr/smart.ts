/** UI strings of the smart area (French). Keys start with 'smart.'; en/smart.ts has the same keys. */
export default {} as const;
