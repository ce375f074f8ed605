/**
 * The social networks the site knows by id: the self-audit's business profile (`networks=` in its
 * address, docs/CONTRACT.md) and the dashboard's per-network totals (`data-network`) use these ids.
 */
export const networkIds = [
  'facebook',
  'instagram',
  'linkedin',
  'tiktok',
  'youtube',
  'x',
  'pinterest',
  'snapchat',
  'threads',
  'whatsapp',
  'google-business',
  'other',
] as const;
export type NetworkId = (typeof networkIds)[number];
