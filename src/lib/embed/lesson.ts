/**
 * The worked example of the trainers' page: a KPI lesson on a bakery's month on Instagram,
 * one step per tool, each with the params that prefill it (docs/CONTRACT.md: plain numbers, `.` as
 * decimal separator). The questions are in the i18n dictionaries (embed.trainers.lesson.{tool}).
 */
import type { ToolId } from './tools';

export interface LessonStep {
  tool: ToolId;
  values: Record<string, string>;
}

export const kpiLesson: readonly LessonStep[] = [
  { tool: 'audience-growth', values: { start: '1200', end: '1350' } },
  { tool: 'reach-rate', values: { reach: '945', followers: '1350' } },
  { tool: 'engagement-rate', values: { engagements: '85', reach: '945', followers: '1350' } },
  { tool: 'ctr', values: { clicks: '42', impressions: '5600' } },
  { tool: 'cpc', values: { cost: '30', clicks: '42' } },
  { tool: 'conversion-rate', values: { conversions: '6', clicks: '42' } },
  { tool: 'cpa', values: { cost: '30', conversions: '6' } },
  { tool: 'roi', values: { revenue: '120', cost: '30' } },
  // The objective's text depends on the language: the page fills it in.
  { tool: 'smart', values: {} },
];
