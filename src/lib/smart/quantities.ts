/**
 * Numbers, multipliers and frequencies (the "Measurable" criterion), and dates and periods (the
 * "Time-bound" criterion), found in folded text (see text.ts) as ranges of the original.
 */
import { parseLocaleNumber } from '../numbers';
import type { Lang } from './lexicon';
import { rulesFor, type TimeKind } from './rules';
import { alternation, findAll, overlaps, wordRegex, type Match } from './text';

export type Unit = 'percent' | 'currency' | 'hours' | 'count';

export interface NumberMatch extends Match {
  value: number;
  unit: Unit;
  /** Written with an explicit + or - sign ("+180"): a change rather than a level. */
  signed: boolean;
  kind: 'number' | 'words' | 'multiplier' | 'frequency';
  /** Digits that the site's number parser refuses as ambiguous (French `1.500`): no value is trusted. */
  ambiguous?: true;
  /** The currency written with an amount (`€`, `$`, `£`), when there is one. */
  currency?: 'EUR' | 'USD' | 'GBP';
}

export interface TimeMatch extends Match {
  kind: 'time' | 'vague';
  /** Months from `now` to the deadline (or the length of the period); negative when past. */
  months?: number;
}

// ---------------------------------------------------------------- number words

/** Words that are numbers only before a scale word ("un million", "a thousand"). */
const WEAK = new Set(['un', 'one', 'a']);
const SCALES = new Set(['cent', 'cents', 'mille', 'hundred', 'thousand', 'million', 'millions']);

/** Value of a run of number words ("trois mille", "twenty-five"), or undefined. */
export function wordsValue(words: string[], lang: Lang): number | undefined {
  let total = 0;
  let current = 0;
  let seen = false;
  for (const w of words) {
    const v = rulesFor(lang).numbers[w];
    if (v === undefined) continue;
    seen = true;
    if (v === 100) current = (current || 1) * 100;
    else if (v >= 1000) {
      total += (current || 1) * v;
      current = 0;
    } else current += v;
  }
  return seen ? total + current : undefined;
}

function wordAlternation(lang: Lang, strong: boolean): string {
  return alternation(rulesFor(lang).numbers, strong ? [...WEAK] : []);
}

function countValue(text: string, lang: Lang): number {
  if (/^\d+$/.test(text)) return Number(text);
  if (text === 'une' || text === 'an') return 1;
  return wordsValue(text.split(/[- ]/), lang) ?? 1;
}

// ---------------------------------------------------------------- numbers

const SCALE = '(?: ?(k|m|md|bn|millions?|milliards?|billions?|mille|thousand)(?![\\p{L}]))?';
const UNIT =
  '(?: ?(%|pour ?cent|percent|per ?cent|€|\\$|£|eur|euros?|dollars?|usd|gbp|livres?|pounds?|h|heures?|hours?|hrs?|pts|points?))?';
/** A percentage written out after a number: « quinze pour cent », "thirty percent". */
const PERCENT_WORDS = ' ?(?:pour ?cent|percent|per ?cent)';
const numberRes: Partial<Record<Lang, RegExp>> = {};

/**
 * Reads digits with the site's one number parser (src/lib/numbers), so that the checker, the
 * builder and the calculators agree: a French `1.500` is ambiguous everywhere (NaN here, and the
 * match is flagged). English text may group thousands with spaces, which the parser keeps for French.
 */
function parseDigits(raw: string, lang: Lang): number {
  const text = lang === 'en' && / \d{3}/.test(raw) ? raw.replace(/ /g, '') : raw;
  const parsed = parseLocaleNumber(text, lang);
  return parsed.ok ? parsed.value : Number.NaN;
}

function isAmbiguous(raw: string, lang: Lang): boolean {
  const parsed = parseLocaleNumber(raw, lang);
  return !parsed.ok && parsed.reason === 'ambiguous';
}

const SCALE_VALUES: Record<string, number> = {
  k: 1e3,
  mille: 1e3,
  thousand: 1e3,
  m: 1e6,
  million: 1e6,
  millions: 1e6,
  md: 1e9,
  bn: 1e9,
  milliard: 1e9,
  milliards: 1e9,
  billion: 1e9,
  billions: 1e9,
};

function currencyOf(symbol: string): NumberMatch['currency'] {
  const s = symbol.trim();
  if (/^(?:€|eur|euros?)$/.test(s)) return 'EUR';
  if (/^(?:\$|usd|dollars?)$/.test(s)) return 'USD';
  if (/^(?:£|gbp|livres?|pounds?)$/.test(s)) return 'GBP';
  return undefined;
}

function unitOf(symbol: string | undefined, currency: string | undefined): Unit {
  if (currency) return 'currency';
  if (!symbol) return 'count';
  if (symbol === '%' || /cent$/.test(symbol)) return 'percent';
  if (/^(h|heures?|hours?|hrs?)$/.test(symbol)) return 'hours';
  if (/^(pts|points?)$/.test(symbol)) return 'count';
  return 'currency';
}

const compiled = new Map<string, RegExp>();
function re(source: string): RegExp {
  let r = compiled.get(source);
  if (!r) compiled.set(source, (r = wordRegex(source)));
  return r;
}

function multiplierValue(text: string, lang: Lang): number {
  if (/doubl/.test(text)) return 2;
  if (/tripl/.test(text)) return 3;
  if (/quadrupl/.test(text)) return 4;
  if (/halve|diviser par (?:2|deux)/.test(text)) return 0.5;
  const n = /(\d+(?:[.,]\d+)?)|([a-z]+)(?= fois| times|x)|par ([a-z]+)|by ([a-z]+)/.exec(text);
  if (!n) return 2;
  if (n[1]) return Number(n[1].replace(',', '.'));
  const word = n[2] ?? n[3] ?? n[4] ?? '';
  const v = wordsValue([word], lang) ?? 2;
  return /diviser/.test(text) ? 1 / v : v;
}

/** Numbers written as words, one compiled expression per language (built on first use). */
const numberWords: Partial<Record<Lang, RegExp>> = {};
const percentWordsRes: Partial<Record<Lang, RegExp>> = {};

function wordsSource(lang: Lang): string {
  const w = wordAlternation(lang, true);
  return `(?:(?:${[...WEAK].join('|')}) )?(?:${w})(?:[ -](?:et[ -]|and )?(?:${w}))*`;
}

/**
 * Every quantity outside the given spans (dates are not targets): numbers with their unit,
 * number words, multipliers ("doubler", "x2") and posting frequencies ("tous les jours").
 */
export function findQuantities(original: string, folded: string, lang: Lang, exclude: Match[]): NumberMatch[] {
  const rules = rulesFor(lang);
  const out: NumberMatch[] = [];
  const free = (m: Match) => !exclude.some((e) => overlaps(e, m)) && !out.some((o) => overlaps(o, m));

  for (const m of findAll(original, folded, re(rules.multiplier))) {
    if (free(m))
      out.push({
        ...m,
        value: multiplierValue(folded.slice(m.start, m.end), lang),
        unit: 'count',
        signed: false,
        kind: 'multiplier',
      });
  }
  const numbers = (numberRes[rules.lang] ??= new RegExp(
    `(?<![\\p{L}\\p{N}.,])([+-]|\\+ )?([€$£] ?)?(${rules.digits})${SCALE}${UNIT}(?![\\p{L}\\p{N}])`,
    'gu',
  ));
  numbers.lastIndex = 0;
  for (const m of folded.matchAll(numbers)) {
    const start = m.index;
    const end = start + m[0].length;
    const match = { start, end, text: original.slice(start, end) };
    if (!free(match)) continue;
    const scale = m[4] ? (SCALE_VALUES[m[4]] ?? 1) : 1;
    const digits = m[3] ?? '';
    // A year ("summer 2027", « mi-2027 ») is a date, never a target.
    if (
      /^20\d\d$/.test(digits) &&
      !m[1] &&
      !m[2] &&
      !m[4] &&
      !m[5] &&
      /(?:^|[^\p{L}])(?:mi|mid|en|in|by|of|de|d'ici|fin|end|since|depuis|ete|summer|winter|hiver|spring|printemps|autumn|automne|fall|[tqsh][1-4]|semestre|half|quarter|trimestre)[ -]?$/u.test(
        folded.slice(Math.max(0, start - 12), start),
      )
    )
      continue;
    // English `1,5`: the digits stop at the comma, but the parser reads the whole figure as ambiguous.
    const tail = /^,\d+(?![\d.,])/.exec(folded.slice(end))?.[0] ?? '';
    if (tail && isAmbiguous(digits + tail, lang)) {
      const whole = { start, end: end + tail.length, text: original.slice(start, end + tail.length) };
      out.push({ ...whole, value: Number.NaN, unit: 'count', signed: Boolean(m[1]), kind: 'number', ambiguous: true });
      continue;
    }
    const value = parseDigits(digits, lang) * scale * (m[1]?.trim() === '-' ? -1 : 1);
    const unit = unitOf(m[5], m[2]);
    const currency = unit === 'currency' ? currencyOf(m[2] ?? m[5] ?? '') : undefined;
    const extra = currency ? { currency } : {};
    if (!Number.isFinite(value)) {
      if (isAmbiguous(digits, lang))
        out.push({
          ...match,
          ...extra,
          value: Number.NaN,
          unit,
          signed: Boolean(m[1]),
          kind: 'number',
          ambiguous: true,
        });
      continue;
    }
    out.push({ ...match, ...extra, value, unit, signed: Boolean(m[1]), kind: 'number' });
  }
  const words = (numberWords[lang] ??= wordRegex(wordsSource(lang)));
  // « quinze pour cent », "thirty percent": one percentage, and « cent » is not a second number.
  const percentWords = (percentWordsRes[lang] ??= wordRegex(`(?:${wordsSource(lang)})${PERCENT_WORDS}`));
  for (const m of findAll(original, folded, percentWords)) {
    const body = folded.slice(m.start, m.end).replace(/ ?(?:pour ?cent|percent|per ?cent)$/, '');
    const value = wordsValue(body.split(/[ -]/), lang);
    if (value !== undefined && free(m)) out.push({ ...m, value, unit: 'percent', signed: false, kind: 'words' });
  }
  for (const m of findAll(original, folded, words)) {
    const parts = folded.slice(m.start, m.end).split(/[ -]/);
    if (WEAK.has(parts[0] ?? '') && !parts.slice(1).some((p) => SCALES.has(p))) continue;
    const value = wordsValue(parts, lang);
    if (value !== undefined && free(m)) out.push({ ...m, value, unit: 'count', signed: false, kind: 'words' });
  }
  for (const m of findAll(original, folded, re(rules.frequency))) {
    if (free(m)) out.push({ ...m, value: NaN, unit: 'count', signed: false, kind: 'frequency' });
  }
  return out.sort((a, b) => a.start - b.start);
}

// ---------------------------------------------------------------- dates

/** Month words that are also ordinary words: alone, they need a preposition or a capital. */
const AMBIGUOUS_MONTHS = new Set([
  'may',
  'march',
  'mar',
  'jan',
  'sept',
  'sep',
  'oct',
  'nov',
  'dec',
  'aug',
  'jun',
  'jul',
  'apr',
  'feb',
]);

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
const ORDINAL_QUARTER: Record<string, number> = {
  premier: 1,
  '1er': 1,
  first: 1,
  '1st': 1,
  deuxieme: 2,
  second: 2,
  '2e': 2,
  '2eme': 2,
  '2nd': 2,
  troisieme: 3,
  third: 3,
  '3e': 3,
  '3eme': 3,
  '3rd': 3,
  quatrieme: 4,
  dernier: 4,
  fourth: 4,
  last: 4,
  '4e': 4,
  '4eme': 4,
  '4th': 4,
};
const UNIT_MONTHS: Record<string, number> = {
  jour: 1 / 30.4375,
  day: 1 / 30.4375,
  semaine: 7 / 30.4375,
  week: 7 / 30.4375,
  mois: 1,
  month: 1,
  an: 12,
  annee: 12,
  year: 12,
  trimestre: 3,
  quarter: 3,
};
const SEASON_END: Record<string, number> = {
  ete: 7,
  summer: 7,
  automne: 10,
  autumn: 10,
  fall: 10,
  hiver: 1,
  winter: 1,
  printemps: 4,
  spring: 4,
  rentree: 8,
};

function unitMonths(unit: string): number {
  const base = unit.replace(/s$/, '');
  return UNIT_MONTHS[base] ?? 1;
}

/** How each kind of date or period (patterns in fr.ts / en.ts) becomes months from now. */
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
      const fr = lang === 'fr';
      if (fr && word === 'sept') return false; // "sept" alone is seven
      if (!AMBIGUOUS_MONTHS.has(word) || fr) return true;
      return text !== word || /^[A-Z]/.test(originalText.slice(-word.length));
    },
  },
  // T2, Q3, 3e trimestre, troisième trimestre
  quarter: { resolve: (g, now) => quarterEnd(now, g[1] ? +g[1] : (ORDINAL_QUARTER[g[2] ?? ''] ?? 4), fullYear(g[3])) },
  // H1, S2, second half
  half: {
    resolve: (g, now) =>
      monthsBetween(
        now,
        endOfMonth(
          now,
          (g[1] ? +g[1] : ['1er', 'premier', 'first', '1st'].includes(g[2] ?? '') ? 1 : 2) * 6 - 1,
          fullYear(g[3]),
        ),
      ),
  },
  // ce trimestre, fin du trimestre, next quarter, quarter-end
  thisQuarter: { resolve: (g, now) => thisQuarter(now) + (/prochain|next/.test(g[0] ?? '') ? 3 : 0) },
  // seasons and yearly events
  season: {
    resolve: (g, now) => {
      const w = g[1] || g[3] || g[4] || '';
      if (w in SEASON_END) return monthsBetween(now, endOfMonth(now, SEASON_END[w] ?? 7, fullYear(g[2])));
      if (/noel|christmas/.test(w)) return monthsBetween(now, endOfMonth(now, 11, undefined, 25));
      return monthsBetween(now, endOfMonth(now, /black/.test(w) ? 10 : 11));
    },
  },
  // d'ici 6 mois, en trois semaines, within 90 days, over the next 8 weeks
  period: { resolve: (g, _now, l) => countValue(g[1] ?? '', l) * unitMonths(g[2] ?? '') },
  // 90-day
  dashPeriod: { resolve: (g) => Number(g[1]) * unitMonths(g[2] ?? '') },
  // cette année, next month, by year-end, d'ici la fin de l'année
  relative: {
    resolve: (g, now) => {
      const t = g[0] ?? '';
      const yearEnd = monthsBetween(now, new Date(Date.UTC(now.getUTCFullYear(), 11, 31)));
      if (/prochain|next/.test(t))
        return /annee|an |an$|year/.test(t) ? yearEnd + 12 : /semaine|week/.test(t) ? 0.5 : 1.5;
      if (/semaine|week/.test(t)) return 0.25;
      if (/mois|month/.test(t)) return monthsBetween(now, endOfMonth(now, now.getUTCMonth()));
      if (/semestre/.test(t)) return monthsBetween(now, endOfMonth(now, now.getUTCMonth() < 6 ? 5 : 11));
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
  for (const m of findAll(original, folded, re(rulesFor(lang).vague))) {
    if (!found.some((f) => overlaps(f, m))) found.push({ ...m, kind: 'vague' });
  }
  return found.sort((a, b) => a.start - b.start);
}
