/** The SMART suggestions of the report: which areas get one, and its text (the plan is ./plan.ts). */
import type { Network, Profile } from './profile';
import type { AuditScore, Level } from './scoring';
import { namedNetworks, type DimensionView } from './view';

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

/** A SMART objective to complete: the draft of a weak area, naming the profile's networks only. */
export interface Suggestion {
  dimensionId: string;
  text: string;
  /** The network ids the text names (none without a profile: it then says "your accounts"). */
  networks: Network[];
}

export function suggestions(
  view: readonly DimensionView[],
  score: AuditScore,
  profile: Profile | undefined,
): Suggestion[] {
  const networks = namedNetworks(profile);
  return objectiveDimensions(score).flatMap((id) => {
    const d = view.find((x) => x.id === id);
    return d === undefined ? [] : [{ dimensionId: id, text: d.draft, networks }];
  });
}
