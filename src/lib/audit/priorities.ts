/** Which areas get a SMART suggestion (the plan itself is ./plan.ts). */
import type { AuditScore, Level } from './scoring';

/**
 * Dimensions whose SMART objective is worth suggesting: those not at "maintain", weakest
 * first, at most `limit`.
 */
export function objectiveDimensions(score: AuditScore, limit = 3): string[] {
  const weak: Level[] = ['priority', 'improve'];
  return score.dimensions
    .map((d, i) => ({ d, i }))
    .filter(({ d }) => weak.includes(d.level))
    .sort((a, b) => a.d.percent - b.d.percent || a.i - b.i)
    .slice(0, limit)
    .map(({ d }) => d.id);
}
