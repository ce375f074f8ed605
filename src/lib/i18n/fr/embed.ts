/** UI strings of the embed area (French). Keys start with 'embed.'; en/embed.ts has the same keys. */
export default {} as const;
