/**
 * The pace rules of the Achievable criterion, shared by the checker and the builder: how fast a
 * change is, and whether it is plausible. Each threshold says why.
 */
import type { Status } from '../criteria';

export interface Pace {
  /** Target ÷ baseline (or the multiplier, or 1 + relative change). */
  factor: number;
  /** Months to the deadline, when known. */
  months?: number;
  /** Compounded growth per month (audiences), when the period is known. */
  monthly?: number;
  /** 'level' for rates, costs and times; 'count' for audiences and volumes. */
  mode: 'level' | 'count';
}

/**
 * Thresholds of the Achievable criterion. docs/FACTS.md has no cross-platform benchmark for audience
 * growth (§2, "Audience growth rate": compare with your own months), so these judge only what
 * needs no benchmark; each says why.
 */
export const PACE = {
  /** Up to +20 % a month, compounded, is a pace small accounts do reach with steady work: met. */
  metMonthly: 0.2,
  /** Up to +50 % a month is possible for a short push (a campaign, a launch), not a plan: partial. */
  partialMonthly: 0.5,
  /**
   * A change of ±10 % at most needs no period to be judged: at the met pace it takes about half a
   * month, so any usual horizon fits it.
   */
  smallChange: 1.1,
  /** A level (rate, cost, time) moved more than ×6 is not a plan but a different business: missing. */
  levelMissing: 6,
  /** A level moved more than ×3, or ×1.5 in under a month: ambitious, partial. */
  levelPartial: 3,
  /** ×50 or more is unrealistic whatever the period. */
  absurd: 50,
} as const;

/** Judges a change: the rule shared by the checker and the builder. */
export function judgePace(pace: Pace): Status {
  const { factor, months, mode } = pace;
  if (!(factor > 0) || !Number.isFinite(factor)) return 'unknown';
  const f = Math.max(factor, 1 / factor);
  const noPeriod = months === undefined || months <= 0;
  if (mode === 'level' || factor < 1) {
    if (f > PACE.levelMissing) return 'missing';
    if (noPeriod) return f <= PACE.smallChange ? 'met' : 'unknown';
    if (f > PACE.levelPartial || (months < 1 && f > 1.5)) return 'partial';
    return 'met';
  }
  if (noPeriod) return f > PACE.absurd ? 'missing' : f <= PACE.smallChange ? 'met' : 'unknown';
  const g = monthlyGrowth(factor, months);
  return g <= PACE.metMonthly ? 'met' : g <= PACE.partialMonthly ? 'partial' : 'missing';
}

export function monthlyGrowth(factor: number, months: number): number {
  return Math.pow(factor, 1 / Math.max(months, 0.25)) - 1;
}

/** The highest total reached from `baseline` at the met pace over `months`, rounded down to two significant digits. */
export function realisticTotal(baseline: number, months: number): number {
  const raw = baseline * Math.pow(1 + PACE.metMonthly, Math.max(months, 0.25));
  const magnitude = Math.pow(10, Math.max(0, Math.floor(Math.log10(raw)) - 1));
  return Math.floor(raw / magnitude) * magnitude;
}
