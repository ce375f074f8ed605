/**
 * What a SCORM package reports to the learning platform for each tool: the SMART checker and
 * the self-audit report a score in their own range, a KPI calculator only that it was completed.
 */
import type { ToolId } from '../embed/tools';

export interface ScoreRange {
  min: number;
  max: number;
}

/** The SMART checker counts met criteria (0 to 5, halves for partial ones); the audit is a percentage. */
export function scoreRange(tool: ToolId): ScoreRange | null {
  if (tool === 'smart') return { min: 0, max: 5 };
  if (tool === 'audit') return { min: 0, max: 100 };
  return null;
}
