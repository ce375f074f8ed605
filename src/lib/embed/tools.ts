/**
 * The embeddable tools: the twelve KPI calculators, the SMART checker and the self-audit.
 * (Frame heights are in heights.ts, which browser code imports without the KPI definitions.)
 */
import { kpiIds } from '../kpi/ids';

export const toolIds = [...kpiIds, 'smart', 'audit'] as const;
export type ToolId = (typeof toolIds)[number];

export function isToolId(value: unknown): value is ToolId {
  return typeof value === 'string' && (toolIds as readonly string[]).includes(value);
}

export { frameHeight } from './heights';
