/**
 * Dates and periods (the "Time-bound" criterion), found in folded text (see text.ts) as ranges of
 * the original and turned into months from "today". The patterns and the date words (ordinals,
 * units, seasons, relative words) are each language's (`src/lib/i18n/<lang>/smart-rules.ts`);
 * here is only how each kind of date becomes a number of months.
 */
import type { Lang } from './lexicon';
import { countValue } from './quantities';
import { rulesFor, type LangRules, type TimeKind } from './rules';
import { findAll, overlaps, plainRe, wordRe, wordRegex, type Match } from './text';

export interface TimeMatch extends Match {
  kind: 'time' | 'vague';
  /** Months from `now` to the deadline (or the length of the period); negative when past. */
  months?: number;
}

/** A language's relative-date word (`next`, `week`…) as a plain expression. */
function words(lang: Lang, word: keyof LangRules['relative']): RegExp {
  return plainRe(rulesFor(lang).relative[word], '');
}

const DAY_MS = 86_400_000;
const MONTH_MS = 30.4375 * DAY_MS;

function monthsBetween(now: Date, date: Date): number {
  return (date.getTime() - now.getTime()) / MONTH_MS;
}

/** End of a month (0-based) in the year, or in the next one when it is over and no year was given. */
function endOfMonth(now: Date, month: number, year?: number, day?: number): Date {
  const y = year ?? now.getUTCFullYear();
  const make = (yy: number) =>
    day === undefined ? new Date(Date.UTC(yy, month + 1, 0, 23, 59)) : new Date(Date.UTC(yy, month, day, 23, 59));
  let date = make(y);
  if (year === undefined && date.getTime() < now.getTime()) date = make(y + 1);
  return date;
}

function fullYear(raw: string | undefined): number | undefined {
  if (!raw) return undefined;
  const n = Number(raw);
  return raw.length === 2 ? 2000 + n : n;
}

type Resolver = (g: string[], now: Date, lang: Lang) => number | undefined;

interface TimeRule {
  re: RegExp;
  resolve: Resolver;
  check?: (text: string, originalText: string, lang: Lang) => boolean;
}

const quarterEnd = (now: Date, q: number, year?: number): number =>
  monthsBetween(now, endOfMonth(now, q * 3 - 1, year));
const thisQuarter = (now: Date): number => quarterEnd(now, Math.floor(now.getUTCMonth() / 3) + 1);

function unitMonths(unit: string, lang: Lang): number {
  const base = unit.replace(/s$/, '');
  return rulesFor(lang).units[base] ?? 1;
}

/** How each kind of date or period (patterns in each language's smart-rules.ts) becomes months from now. */
const RESOLVERS: Record<TimeKind, Omit<TimeRule, 're'>> = {
  // 2027-03-31
  iso: {
    resolve: (g, now) => monthsBetween(now, new Date(Date.UTC(+(g[1] ?? ''), +(g[2] ?? '') - 1, +(g[3] ?? '')))),
  },
  // 31/03/2027, 31.03.27 (US order when the second number cannot be a month)
  numeric: {
    resolve: (g, now) => {
      let d = +(g[1] ?? ''),
        m = +(g[2] ?? '');
      if (m > 12 && d <= 12) [d, m] = [m, d];
      if (m < 1 || m > 12 || d < 1 || d > 31) return undefined;
      return monthsBetween(now, new Date(Date.UTC(fullYear(g[3]) ?? now.getUTCFullYear(), m - 1, d)));
    },
  },
  // le 31/03
  dayMonthShort: {
    resolve: (g, now) =>
      +(g[2] ?? '') >= 1 && +(g[2] ?? '') <= 12 && +(g[1] ?? '') <= 31
        ? monthsBetween(now, endOfMonth(now, +(g[2] ?? '') - 1, undefined, +(g[1] ?? '')))
        : undefined,
  },
  // 31 mars 2027, 1er avril, 1-24 Dec
  dayMonth: {
    resolve: (g, now, lang) =>
      monthsBetween(now, endOfMonth(now, month(g[3], lang), fullYear(g[4]), +(g[2] || g[1] || 0))),
  },
  // March 31, March 31st 2027
  monthDay: {
    resolve: (g, now, lang) => monthsBetween(now, endOfMonth(now, month(g[1], lang), fullYear(g[3]), +(g[2] ?? ''))),
  },
  // en avril, d'ici juin 2027, by end of May
  month: {
    resolve: (g, now, lang) => monthsBetween(now, endOfMonth(now, month(g[1], lang), fullYear(g[2]))),
    check: (text, originalText, lang) => {
      const word = /([a-z]+)(?: \d{4})?$/.exec(text)?.[1] ?? '';
      const { notMonths, capitalMonths } = rulesFor(lang);
      if (notMonths.includes(word)) return false; // « sept » alone is seven
      if (!capitalMonths.includes(word)) return true;
      return text !== word || /^[A-Z]/.test(originalText.slice(-word.length));
    },
  },
  // T2, Q3, 3e trimestre, troisième trimestre
  quarter: {
    resolve: (g, now, lang) =>
      quarterEnd(now, g[1] ? +g[1] : (rulesFor(lang).ordinals[g[2] ?? ''] ?? 4), fullYear(g[3])),
  },
  // H1, S2, second half
  half: {
    resolve: (g, now, lang) =>
      monthsBetween(
        now,
        endOfMonth(now, (g[1] ? +g[1] : rulesFor(lang).ordinals[g[2] ?? ''] === 1 ? 1 : 2) * 6 - 1, fullYear(g[3])),
      ),
  },
  // ce trimestre, fin du trimestre, next quarter, quarter-end
  thisQuarter: {
    resolve: (g, now, lang) => thisQuarter(now) + (words(lang, 'next').test(g[0] ?? '') ? 3 : 0),
  },
  // seasons and yearly events
  season: {
    resolve: (g, now, lang) => {
      const w = g[1] || g[3] || g[4] || '';
      const season = rulesFor(lang).seasons[w] ?? { month: 11 };
      return monthsBetween(now, endOfMonth(now, season.month, fullYear(g[2]), season.day));
    },
  },
  // d'ici 6 mois, en trois semaines, within 90 days, over the next 8 weeks
  period: { resolve: (g, _now, l) => countValue(g[1] ?? '', l) * unitMonths(g[2] ?? '', l) },
  // 90-day
  dashPeriod: { resolve: (g, _now, l) => Number(g[1]) * unitMonths(g[2] ?? '', l) },
  // cette année, next month, by year-end, d'ici la fin de l'année
  relative: {
    resolve: (g, now, lang) => {
      const t = g[0] ?? '';
      const is = (word: keyof LangRules['relative']) => words(lang, word).test(t);
      const yearEnd = monthsBetween(now, new Date(Date.UTC(now.getUTCFullYear(), 11, 31)));
      if (is('next')) return is('year') ? yearEnd + 12 : is('week') ? 0.5 : 1.5;
      if (is('week')) return 0.25;
      if (is('month')) return monthsBetween(now, endOfMonth(now, now.getUTCMonth()));
      if (is('half')) return monthsBetween(now, endOfMonth(now, now.getUTCMonth() < 6 ? 5 : 11));
      return yearEnd;
    },
  },
  // mid-2027, à la mi-2027: the end of June
  midYear: { resolve: (g, now) => monthsBetween(now, new Date(Date.UTC(+(g[1] ?? ''), 5, 30))) },
  // en 2027, by 2027
  year: { resolve: (g, now) => monthsBetween(now, new Date(Date.UTC(+(g[1] ?? ''), 11, 31))) },
};

function month(word: string | undefined, lang: Lang): number {
  return rulesFor(lang).months[word ?? ''] ?? 0;
}

const rulesCache: Partial<Record<Lang, TimeRule[]>> = {};

/** Deadlines and periods, then vague time words ("un jour", "soon") outside them. */
export function findTimes(original: string, folded: string, lang: Lang, now: Date): TimeMatch[] {
  const { lang: key, times } = rulesFor(lang);
  const rules = (rulesCache[key] ??= times.map(([kind, source]) => ({ re: wordRegex(source), ...RESOLVERS[kind] })));
  const found: TimeMatch[] = [];
  for (const rule of rules) {
    rule.re.lastIndex = 0;
    for (const m of folded.matchAll(rule.re)) {
      const start = m.index;
      const end = start + m[0].replace(/\.$/, '').length;
      const text = original.slice(start, end);
      if (rule.check && !rule.check(m[0], text, lang)) continue;
      if (found.some((f) => f.start <= start && f.end >= end)) continue;
      const months = rule.resolve(
        [...m].map((x) => x ?? ''),
        now,
        lang,
      );
      if (months === undefined || !Number.isFinite(months)) continue;
      // A longer match replaces the shorter ones it covers.
      for (let i = found.length - 1; i >= 0; i--) {
        const f = found[i];
        if (f && overlaps(f, { start, end })) found.splice(i, 1);
      }
      found.push({ start, end, text, kind: 'time', months });
    }
  }
  for (const m of findAll(original, folded, wordRe(rulesFor(lang).vague))) {
    if (!found.some((f) => overlaps(f, m))) found.push({ ...m, kind: 'vague' });
  }
  return found.sort((a, b) => a.start - b.start);
}
