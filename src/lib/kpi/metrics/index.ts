/**
 * The registry of KPI modules: one file per KPI in this folder, listed here under its id. Every
 * other list about KPIs (calculator pages, bounded and currency metrics, the SMART lexicon and
 * builder choices, templates) is derived from this record.
 */
import type { KpiId } from '../ids';
import type { KpiDef } from '../metric';
import amplificationRate from './amplification-rate';
import audienceGrowth from './audience-growth';
import conversionRate from './conversion-rate';
import cpa from './cpa';
import cpc from './cpc';
import cpm from './cpm';
import ctr from './ctr';
import engagementRate from './engagement-rate';
import reachRate from './reach-rate';
import roi from './roi';
import shareOfVoice from './share-of-voice';
import storyCompletion from './story-completion';

const modules = {
  'audience-growth': audienceGrowth,
  'reach-rate': reachRate,
  'engagement-rate': engagementRate,
  'share-of-voice': shareOfVoice,
  ctr,
  cpc,
  cpm,
  'conversion-rate': conversionRate,
  cpa,
  roi,
  'story-completion': storyCompletion,
  'amplification-rate': amplificationRate,
} as const;

/** Each module's exact type: the dictionary keys it needs are derived from it (`../keys.ts`). */
export type KpiModules = typeof modules;

export const kpis: Readonly<Record<KpiId, KpiDef>> = modules;
