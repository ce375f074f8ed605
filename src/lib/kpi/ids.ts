/**
 * The twelve KPI ids (docs/CONTRACT.md, "KPI calculators"), in the order of the tools index: the public ids of the calculators' routes.
 * Each has its module in ./metrics/ (the registry, ./metrics/index.ts, is typed by this list, so a
 * missing module fails type checking). Kept apart from the modules so that importing the list
 * costs a page nothing.
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
