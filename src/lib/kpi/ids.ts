/**
 * The twelve KPI ids (docs/CONTRACT.md, "KPI calculators"), in the order of the tools index. The one
 * list every other part (SMART metrics, audit tools, embeds) builds on; kept apart from the
 * definitions so that importing it costs a page nothing.
 */
export const kpiIds = [
  'audience-growth',
  'reach-rate',
  'engagement-rate',
  'share-of-voice',
  'ctr',
  'cpc',
  'cpm',
  'conversion-rate',
  'cpa',
  'roi',
  'story-completion',
  'amplification-rate',
] as const;
export type KpiId = (typeof kpiIds)[number];
