/**
 * The audit's own date on a share link: `&date=YYYY-MM-DD` after the code and the profile
 * (docs/CONTRACT.md, "Share links"). It is the day the audit shown was last changed (an answer, a
 * step, the profile: its `updatedAt`), in the sender's time zone, the day their own printed report
 * shows as "Bilan du …". Whoever opens the link prints that day, not the day they open it.
 *
 * Outside input: a date that is not a real day, that is later than today anywhere on earth, or
 * that is older than the site is ignored, and the report then says that the link does not say
 * when the audit was made. Readers made before this param existed read `r` and the profile params
 * by name (codec.ts) and never see it. Kept apart from codec.ts so that the first screen of the
 * audit does not load it: only the report (loaded on demand) writes and reads the date.
 */
import { isRealDay } from '../days';

const DATE_PARAM = 'date';

/** The site's first day (its first commit, 26 November 2026): no audit of it is older. */
export const FIRST_DAY = '2026-11-26';

/** The time zone furthest ahead (UTC+14, Kiribati): no one's today is later than its today. */
const AHEAD_MS = 14 * 60 * 60 * 1000;

/**
 * The audit's date a share link's fragment (`#r=…&date=2026-12-01`) gives, if it is a real day
 * from the site's first day to today (today in the time zone furthest ahead, so that a link
 * sent from Auckland in the evening is not "in the future" in Paris). Otherwise undefined.
 */
export function readShareDate(hash: string, now: Date): string | undefined {
  const given = new URLSearchParams(hash.replace(/^#/, '')).get(DATE_PARAM)?.trim();
  if (given === undefined || !isRealDay(given)) return undefined;
  const latest = new Date(now.getTime() + AHEAD_MS).toISOString().slice(0, 10);
  return given >= FIRST_DAY && given <= latest ? given : undefined;
}

/** A share fragment (`r=…&type=…`) with the audit's day (`YYYY-MM-DD`) after it, if it has one. */
export function withShareDate(fragment: string, day: string | undefined): string {
  return day === undefined || !isRealDay(day) ? fragment : `${fragment}&${DATE_PARAM}=${day}`;
}

/** Midnight of a `YYYY-MM-DD` day in the visitor's time zone: the same day, whatever the zone. */
export function localDay(day: string): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d);
}
