/**
 * Audience growth over several periods (the audience-growth calculator's extra mode). Its own
 * module so that only the audience-growth island ships it.
 */
import type { Locale } from '../i18n/locales';
import { parseCount, type FieldState } from './evaluate';

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
