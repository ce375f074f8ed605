/**
 * The calculators' extra modes, as pure functions: several posts for the engagement rate,
 * named competitors for the share of voice, several periods for the audience growth.
 */
import type { Locale } from '../i18n/locales';
import { parseField, type FieldState } from './compute';
import type { ErrorKey, InputDef } from './definitions';

const countInput: InputDef = { param: 'engagements', unit: 'count' };

function parseCount(text: string, locale: Locale): FieldState {
  return parseField(countInput, text, locale, 'EUR');
}

function withError(field: FieldState, error: ErrorKey): FieldState {
  return field.state === 'ok' ? { state: 'error', error } : field;
}

/* ---------- Engagement rate over several posts ---------- */

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

/* ---------- Share of voice with named competitors ---------- */

export interface CompetitorRow {
  name: string;
  mentions: FieldState;
}

export interface VoiceEvaluation {
  rows: CompetitorRow[];
  /** Sum of the competitors' mentions (the `competitors` value), or null if a row is wrong. */
  total: number | null;
}

/** Adds up the competitors' mentions; a row with a bad or missing figure blocks the total. */
export function evaluateCompetitors(
  rows: readonly { name: string; mentions: string }[],
  locale: Locale,
): VoiceEvaluation {
  let total: number | null = 0;
  const out = rows.map((row) => {
    const mentions = parseCount(row.mentions, locale);
    if (mentions.state === 'ok' && total !== null) total += mentions.value;
    else total = null;
    return { name: row.name.trim(), mentions };
  });
  return { rows: out, total };
}

export interface VoiceShare {
  /** Display name ('' for the brand: the island labels it). */
  name: string;
  brand: boolean;
  mentions: number;
  /** Share of all mentions, percent. */
  share: number;
}

/** Each party's share of all mentions (brand first). Null when there are no mentions at all. */
export function voiceShares(
  brand: number,
  competitors: readonly { name: string; mentions: number }[],
): VoiceShare[] | null {
  const total = brand + competitors.reduce((sum, c) => sum + c.mentions, 0);
  if (!(total > 0) || !Number.isFinite(total)) return null;
  return [
    { name: '', brand: true, mentions: brand, share: (brand * 100) / total },
    ...competitors.map((c) => ({
      name: c.name,
      brand: false,
      mentions: c.mentions,
      share: (c.mentions * 100) / total,
    })),
  ];
}

/* ---------- Audience growth over several periods ---------- */

export interface GrowthPoint {
  audience: FieldState;
  /** Growth from the previous point, percent (null for the first point or when unknown). */
  growth: number | null;
}

/**
 * Audience counted at successive dates: the growth of each period relative to the audience at
 * its start, and the growth over the whole span.
 */
export function evaluateGrowthSeries(
  texts: readonly string[],
  locale: Locale,
): { points: GrowthPoint[]; overall: number | null } {
  const fields = texts.map((text) => parseCount(text, locale));
  const points: GrowthPoint[] = fields.map((audience, index) => {
    const previous = index > 0 ? fields[index - 1] : undefined;
    if (!previous || previous.state !== 'ok' || audience.state !== 'ok') {
      return { audience, growth: null };
    }
    if (previous.value === 0) return { audience, growth: null };
    return { audience, growth: ((audience.value - previous.value) * 100) / previous.value };
  });
  const first = fields[0];
  const last = fields[fields.length - 1];
  const allOk = fields.length >= 2 && fields.every((f) => f.state === 'ok');
  const overall =
    allOk && first?.state === 'ok' && last?.state === 'ok' && first.value > 0
      ? ((last.value - first.value) * 100) / first.value
      : null;
  return { points, overall };
}
