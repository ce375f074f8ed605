/**
 * Calendar days as the site writes them in links, files and saved states: `YYYY-MM-DD`
 * (ISO 8601), one day whatever the time of day.
 */
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The calendar day of a moment in the visitor's time zone, as `YYYY-MM-DD` (undefined if invalid). */
export function dayOf(moment: Date): string | undefined {
  if (Number.isNaN(moment.getTime())) return undefined;
  return `${pad(moment.getFullYear(), 4)}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}

/** Today in the visitor's time zone, as `YYYY-MM-DD` (files' names, reports' dates). */
export function today(): string {
  return dayOf(new Date()) ?? '';
}

/** A day that exists in the calendar, written `YYYY-MM-DD` (`2026-02-29` does not). */
export function isRealDay(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (m === null) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const at = new Date(Date.UTC(y, mo - 1, d));
  return at.getUTCFullYear() === y && at.getUTCMonth() === mo - 1 && at.getUTCDate() === d;
}
