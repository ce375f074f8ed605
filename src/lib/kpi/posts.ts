/**
 * Engagement rate over several posts (the engagement calculator's extra mode). Its own module so
 * that only the engagement-rate island ships it.
 */
import type { Locale } from '../i18n/locales';
import { parseCount, type FieldState } from './evaluate';
import type { ErrorKey } from './definitions';

function withError(field: FieldState, error: ErrorKey): FieldState {
  return field.state === 'ok' ? { state: 'error', error } : field;
}

export interface PostRow {
  engagements: FieldState;
  base: FieldState;
  /** This post's rate in percent, or null. */
  rate: number | null;
}

export interface PostsEvaluation {
  rows: PostRow[];
  /** Mean of the per-post rates (each post weighs the same), percent. */
  meanOfRates: number | null;
  /** Total engagements ÷ total base × 100 (each view weighs the same), percent. */
  ratioOfTotals: number | null;
  /** Number of complete, valid posts used. */
  used: number;
}

/**
 * Several posts: the mean of per-post rates and the ratio of totals differ as soon as posts have
 * different bases (a small post with a high rate pulls the mean up, not the ratio). Rows with an
 * error make both results unavailable; fully empty rows are ignored.
 */
export function evaluatePosts(rows: readonly { engagements: string; base: string }[], locale: Locale): PostsEvaluation {
  let invalid = false;
  const out: PostRow[] = rows.map((row) => {
    const engagements = parseCount(row.engagements, locale);
    let base = parseCount(row.base, locale);
    if (base.state === 'ok' && base.value === 0) base = withError(base, 'zero');
    let rate: number | null = null;
    if (engagements.state === 'ok' && base.state === 'ok') {
      rate = (engagements.value * 100) / base.value;
    }
    const blank = engagements.state === 'empty' && base.state === 'empty';
    if (!blank && rate === null) invalid = true;
    return { engagements, base, rate };
  });
  const used = out.filter((r) => r.rate !== null);
  if (invalid || used.length === 0) {
    return { rows: out, meanOfRates: null, ratioOfTotals: null, used: used.length };
  }
  let sumRates = 0;
  let totalEngagements = 0;
  let totalBase = 0;
  for (const row of used) {
    sumRates += row.rate ?? 0;
    totalEngagements += row.engagements.state === 'ok' ? row.engagements.value : 0;
    totalBase += row.base.state === 'ok' ? row.base.value : 0;
  }
  return {
    rows: out,
    meanOfRates: sumRates / used.length,
    ratioOfTotals: (totalEngagements * 100) / totalBase,
    used: used.length,
  };
}
