/**
 * Numbers, multipliers and frequencies (the "Measurable" criterion), and dates and periods (the
 * "Time-bound" criterion), found in folded text (see text.ts) as ranges of the original.
 */
import type { Lang } from './lexicon';
import { findAll, overlaps, wordRegex, type Match } from './text';

export type Unit = 'percent' | 'currency' | 'hours' | 'count';

export interface NumberMatch extends Match {
  value: number;
  unit: Unit;
  /** Written with an explicit + or - sign ("+180"): a change rather than a level. */
  signed: boolean;
  kind: 'number' | 'words' | 'multiplier' | 'frequency';
}

export interface TimeMatch extends Match {
  kind: 'time' | 'vague';
  /** Months from `now` to the deadline (or the length of the period); negative when past. */
  months?: number;
}

// ---------------------------------------------------------------- number words

const WORDS: Record<Lang, Record<string, number>> = {
  fr: {
    un: 1,
    deux: 2,
    trois: 3,
    quatre: 4,
    cinq: 5,
    six: 6,
    sept: 7,
    huit: 8,
    neuf: 9,
    dix: 10,
    onze: 11,
    douze: 12,
    treize: 13,
    quatorze: 14,
    quinze: 15,
    seize: 16,
    vingt: 20,
    vingts: 20,
    trente: 30,
    quarante: 40,
    cinquante: 50,
    soixante: 60,
    cent: 100,
    cents: 100,
    mille: 1e3,
    million: 1e6,
    millions: 1e6,
  },
  en: {
    one: 1,
    a: 1,
    two: 2,
    three: 3,
    four: 4,
    five: 5,
    six: 6,
    seven: 7,
    eight: 8,
    nine: 9,
    ten: 10,
    eleven: 11,
    twelve: 12,
    thirteen: 13,
    fourteen: 14,
    fifteen: 15,
    sixteen: 16,
    seventeen: 17,
    eighteen: 18,
    nineteen: 19,
    twenty: 20,
    thirty: 30,
    forty: 40,
    fifty: 50,
    sixty: 60,
    seventy: 70,
    eighty: 80,
    ninety: 90,
    hundred: 100,
    thousand: 1e3,
    million: 1e6,
    millions: 1e6,
  },
};
/** Words that are numbers only before a scale word ("un million", "a thousand"). */
const WEAK = new Set(['un', 'one', 'a']);
const SCALES = new Set(['cent', 'cents', 'mille', 'hundred', 'thousand', 'million', 'millions']);

/** Value of a run of number words ("trois mille", "twenty-five"), or undefined. */
export function wordsValue(words: string[], lang: Lang): number | undefined {
  let total = 0;
  let current = 0;
  let seen = false;
  for (const w of words) {
    const v = WORDS[lang][w];
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
  return Object.keys(WORDS[lang])
    .filter((w) => !strong || !WEAK.has(w))
    .sort((a, b) => b.length - a.length)
    .join('|');
}

/** A duration count: digits or a number word ("6", "trois", "un"). */
export const COUNT: Record<Lang, string> = {
  fr: `\\d+|une|${wordAlternation('fr', false)}(?:-(?:et-)?(?:${wordAlternation('fr', true)}))*`,
  en: `\\d+|an|${wordAlternation('en', false)}(?:-(?:${wordAlternation('en', true)}))*`,
};

function countValue(text: string, lang: Lang): number {
  if (/^\d+$/.test(text)) return Number(text);
  if (text === 'une' || text === 'an') return 1;
  return wordsValue(text.split(/[- ]/), lang) ?? 1;
}

// ---------------------------------------------------------------- numbers

const SCALE = '(?: ?(k|m|md|bn|millions?|milliards?|billions?|mille|thousand)(?![\\p{L}]))?';
const UNIT = '(?: ?(%|€|\\$|£|eur|euros?|dollars?|usd|h|heures?|hours?|hrs?|pts|points?))?';
const DIGITS: Record<Lang, string> = {
  fr: '\\d{1,3}(?: \\d{3})+(?!\\d)(?:,\\d+)?|\\d+(?:[.,]\\d+)?',
  en: '\\d{1,3}(?:,\\d{3})+(?!\\d)(?:\\.\\d+)?|\\d{1,3}(?: \\d{3})+(?!\\d)(?:\\.\\d+)?|\\d+(?:\\.\\d+)?',
};

const numberRes = {
  fr: new RegExp(`(?<![\\p{L}\\p{N}.,])([+-]|\\+ )?([€$£] ?)?(${DIGITS.fr})${SCALE}${UNIT}(?![\\p{L}\\p{N}])`, 'gu'),
  en: new RegExp(`(?<![\\p{L}\\p{N}.,])([+-]|\\+ )?([€$£] ?)?(${DIGITS.en})${SCALE}${UNIT}(?![\\p{L}\\p{N}])`, 'gu'),
};

function parseDigits(raw: string, lang: Lang): number {
  let s = raw.replace(/ /g, '');
  if (lang === 'fr') s = s.replace(',', '.');
  else s = s.replace(/,/g, '');
  return Number(s);
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

function unitOf(symbol: string | undefined, currency: string | undefined): Unit {
  if (currency) return 'currency';
  if (!symbol) return 'count';
  if (symbol === '%') return 'percent';
  if (/^(h|heures?|hours?|hrs?)$/.test(symbol)) return 'hours';
  if (/^(pts|points?)$/.test(symbol)) return 'count';
  return 'currency';
}

const multiplierRes = {
  fr: wordRegex(
    '(?:doubler|doublez|doublons|tripler|triplez|quadrupler|multiplier par (\\d+|deux|trois|quatre|cinq|dix))|diviser par (\\d+|deux|trois)|(\\d+|deux|trois|dix) fois plus|x ?(\\d+(?:[.,]\\d+)?)|(\\d+(?:[.,]\\d+)?) ?x',
  ),
  en: wordRegex(
    '(?:double|doubling|triple|tripling|quadruple|halve|multiply by (\\d+|two|three|ten))|(\\d+|two|three|ten)(?:x| times)(?: more)?|x ?(\\d+(?:\\.\\d+)?)',
  ),
};

const frequencyRes = {
  fr: wordRegex(
    'tous les jours|toutes les semaines|chaque (?:jour|semaine|mois)|quotidien(?:ne)?(?:ment)?|hebdomadaire(?:ment)?|par (?:jour|semaine)',
  ),
  en: wordRegex('daily|every (?:day|week)|weekly|(?:a|per) (?:day|week)'),
};

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

/**
 * Every quantity outside the given spans (dates are not targets): numbers with their unit,
 * number words, multipliers ("doubler", "x2") and posting frequencies ("tous les jours").
 */
export function findQuantities(original: string, folded: string, lang: Lang, exclude: Match[]): NumberMatch[] {
  const out: NumberMatch[] = [];
  const free = (m: Match) => !exclude.some((e) => overlaps(e, m)) && !out.some((o) => overlaps(o, m));

  for (const m of findAll(original, folded, multiplierRes[lang])) {
    if (free(m))
      out.push({
        ...m,
        value: multiplierValue(folded.slice(m.start, m.end), lang),
        unit: 'count',
        signed: false,
        kind: 'multiplier',
      });
  }
  const re = numberRes[lang];
  re.lastIndex = 0;
  for (const m of folded.matchAll(re)) {
    const start = m.index;
    const end = start + m[0].length;
    const match = { start, end, text: original.slice(start, end) };
    if (!free(match)) continue;
    const scale = m[4] ? (SCALE_VALUES[m[4]] ?? 1) : 1;
    const value = parseDigits(m[3] ?? '', lang) * scale * (m[1]?.trim() === '-' ? -1 : 1);
    if (!Number.isFinite(value)) continue;
    out.push({ ...match, value, unit: unitOf(m[5], m[2]), signed: Boolean(m[1]), kind: 'number' });
  }
  const words = wordRegex(
    `(?:(?:${[...WEAK].join('|')}) )?(?:${wordAlternation(lang, true)})(?:[ -](?:et[ -]|and )?(?:${wordAlternation(lang, true)}))*`,
  );
  for (const m of findAll(original, folded, words)) {
    const parts = folded.slice(m.start, m.end).split(/[ -]/);
    if (WEAK.has(parts[0] ?? '') && !parts.slice(1).some((p) => SCALES.has(p))) continue;
    const value = wordsValue(parts, lang);
    if (value !== undefined && free(m)) out.push({ ...m, value, unit: 'count', signed: false, kind: 'words' });
  }
  for (const m of findAll(original, folded, frequencyRes[lang])) {
    if (free(m)) out.push({ ...m, value: NaN, unit: 'count', signed: false, kind: 'frequency' });
  }
  return out.sort((a, b) => a.start - b.start);
}

// ---------------------------------------------------------------- dates

const MONTHS: Record<Lang, Record<string, number>> = {
  fr: {
    janvier: 0,
    janv: 0,
    fevrier: 1,
    fevr: 1,
    fev: 1,
    mars: 2,
    avril: 3,
    avr: 3,
    mai: 4,
    juin: 5,
    juillet: 6,
    juil: 6,
    aout: 7,
    septembre: 8,
    sept: 8,
    octobre: 9,
    oct: 9,
    novembre: 10,
    nov: 10,
    decembre: 11,
    dec: 11,
  },
  en: {
    january: 0,
    jan: 0,
    february: 1,
    feb: 1,
    march: 2,
    mar: 2,
    april: 3,
    apr: 3,
    may: 4,
    june: 5,
    jun: 5,
    july: 6,
    jul: 6,
    august: 7,
    aug: 7,
    september: 8,
    sept: 8,
    sep: 8,
    october: 9,
    oct: 9,
    november: 10,
    nov: 10,
    december: 11,
    dec: 11,
  },
};
const monthAlt = (lang: Lang) =>
  Object.keys(MONTHS[lang])
    .sort((a, b) => b.length - a.length)
    .join('|');
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
  check?: (text: string, originalText: string) => boolean;
}

const quarterEnd = (now: Date, q: number): number => monthsBetween(now, endOfMonth(now, q * 3 - 1));
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

function timeRules(lang: Lang): TimeRule[] {
  const M = monthAlt(lang);
  const month = (w: string | undefined) => MONTHS[lang][w ?? ''] ?? 0;
  const N = COUNT[lang];
  const fr = lang === 'fr';
  const ord = fr
    ? '1er|premier|2e|2eme|deuxieme|second|3e|3eme|troisieme|4e|4eme|quatrieme|dernier'
    : 'first|second|third|fourth|last|1st|2nd|3rd|4th';
  const prep = fr
    ? "(?:(?:d'ici|avant|au plus tard|jusqu'au|jusqu'a|pour|des|au|le|a partir du|fin|debut|mi|a la fin de|a la fin du|fin de|fin du|d'ici (?:la )?fin|en|entre|et|de)[ -](?:le |la |l'|les )?)?"
    : '(?:(?:by|before|until|through|on|in|during|from|to|and|between|at|for|end of|by (?:the )?end of|the end of|early|mid|late|mid-)[ -](?:the )?)?';
  return [
    // 2027-03-31
    {
      re: wordRegex(`${prep}(\\d{4})-(\\d{1,2})-(\\d{1,2})`),
      resolve: (g, now) => monthsBetween(now, new Date(Date.UTC(+(g[1] ?? ''), +(g[2] ?? '') - 1, +(g[3] ?? '')))),
    },
    // 31/03/2027, 31.03.27 (US order when the second number cannot be a month)
    {
      re: wordRegex(`${prep}(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4}|\\d{2})`),
      resolve: (g, now) => {
        let d = +(g[1] ?? ''),
          m = +(g[2] ?? '');
        if (m > 12 && d <= 12) [d, m] = [m, d];
        if (m < 1 || m > 12 || d < 1 || d > 31) return undefined;
        return monthsBetween(now, new Date(Date.UTC(fullYear(g[3]) ?? now.getUTCFullYear(), m - 1, d)));
      },
    },
    // le 31/03
    {
      re: wordRegex(
        `(?:${fr ? "le|au|d'ici le|avant le|jusqu'au|du" : 'by|on|before|until|the'}) (\\d{1,2})/(\\d{1,2})`,
      ),
      resolve: (g, now) =>
        +(g[2] ?? '') >= 1 && +(g[2] ?? '') <= 12 && +(g[1] ?? '') <= 31
          ? monthsBetween(now, endOfMonth(now, +(g[2] ?? '') - 1, undefined, +(g[1] ?? '')))
          : undefined,
    },
    // 31 mars 2027, 1er avril, 1-24 Dec
    {
      re: wordRegex(
        `${prep}(\\d{1,2})(?:er|st|nd|rd|th)?(?: ?- ?(\\d{1,2})(?:er|st|nd|rd|th)?)? (?:of )?(${M})\\.?(?: (\\d{4}))?`,
      ),
      resolve: (g, now) => monthsBetween(now, endOfMonth(now, month(g[3]), fullYear(g[4]), +(g[2] || g[1] || 0))),
    },
    // March 31, March 31st 2027
    ...(fr
      ? []
      : [
          {
            re: wordRegex(`${prep}(${M})\\.? (\\d{1,2})(?:st|nd|rd|th)?(?:,? (\\d{4}))?`),
            resolve: ((g, now) =>
              monthsBetween(now, endOfMonth(now, month(g[1]), fullYear(g[3]), +(g[2] ?? '')))) as Resolver,
          },
        ]),
    // en avril, d'ici juin 2027, by end of May
    {
      re: wordRegex(`${prep}(${M})(?: (\\d{4}))?`),
      resolve: (g, now) => monthsBetween(now, endOfMonth(now, month(g[1]), fullYear(g[2]))),
      check: (text, originalText) => {
        const word = /([a-z]+)(?: \d{4})?$/.exec(text)?.[1] ?? '';
        if (fr && word === 'sept') return false; // "sept" alone is seven
        if (!AMBIGUOUS_MONTHS.has(word) || fr) return true;
        return text !== word || /^[A-Z]/.test(originalText.slice(-word.length));
      },
    },
    // T2, Q3, 3e trimestre, troisième trimestre, H1
    {
      re: wordRegex(`${prep}(?:[tq]([1-4])|(${ord}) (?:trimestre|quarter))(?: (\\d{4}))?`),
      resolve: (g, now) => quarterEnd(now, g[1] ? +g[1] : (ORDINAL_QUARTER[g[2] ?? ''] ?? 4)),
    },
    {
      re: wordRegex(`${prep}(?:[hs]([12])|(${ord}) (?:semestre|half))(?: (\\d{4}))?`),
      resolve: (g, now) =>
        monthsBetween(
          now,
          endOfMonth(now, (g[1] ? +g[1] : ['1er', 'premier', 'first', '1st'].includes(g[2] ?? '') ? 1 : 2) * 6 - 1),
        ),
    },
    // ce trimestre, fin du trimestre, next quarter, quarter-end
    {
      re: wordRegex(
        fr
          ? "(?:d'ici |des |avant )?(?:(?:la )?fin (?:du|de) |ce |du |au |le )trimestre(?: en cours)?(?! precedent| dernier| passe)|(?:le |au )?(?:trimestre prochain|prochain trimestre)"
          : '(?:by |before )?(?:the )?(?:end of (?:the |this )?quarter|quarter-end|this quarter|next quarter)',
      ),
      resolve: (g, now) => thisQuarter(now) + (/prochain|next/.test(g[0] ?? '') ? 3 : 0),
    },
    // seasons and yearly events
    {
      re: wordRegex(
        fr
          ? "(?:d'ici |avant |pendant |durant |pour )?(?:(?:cet|l'|en|au|a l'|ce) ?)(ete|hiver|automne|printemps)(?: (\\d{4}))?|(?:d'ici |avant |pour |a )?(?:la )?(rentree|noel|black friday|fetes de fin d'annee)"
          : '(?:by |before |until |during |over |in |for )?(?:the |this |next )?(summer|winter|autumn|spring|holiday season|christmas|black friday)(?: (\\d{4}))?|(?:by |in |this |the )(fall)',
      ),
      resolve: (g, now) => {
        const w = g[1] || g[3] || g[4] || '';
        if (w in SEASON_END) return monthsBetween(now, endOfMonth(now, SEASON_END[w] ?? 7, fullYear(g[2])));
        if (/noel|christmas/.test(w)) return monthsBetween(now, endOfMonth(now, 11, undefined, 25));
        return monthsBetween(now, endOfMonth(now, /black/.test(w) ? 10 : 11));
      },
    },
    // d'ici 6 mois, en trois semaines, within 90 days, over the next 8 weeks
    {
      re: wordRegex(
        fr
          ? `(?:d'ici|en|dans|sur|pendant|durant|au cours des|au bout de) (?:les |la |le )?(?:prochain(?:e)?s )?(${N}) (jours?|semaines?|mois|ans|annees?|trimestres?)(?: (?:prochain(?:e)?s|a venir))?`
          : `(?:within|in|over|during|for|after) (?:the )?(?:next |coming |first )?(${N}) (days?|weeks?|months?|years?|quarters?)`,
      ),
      resolve: (g, _now, l) => countValue(g[1] ?? '', l) * unitMonths(g[2] ?? ''),
    },
    ...(fr
      ? []
      : [
          {
            re: wordRegex('(\\d+)-(day|week|month)'),
            resolve: ((g) => Number(g[1]) * unitMonths(g[2] ?? '')) as Resolver,
          },
        ]),
    // cette année, next month, by year-end, d'ici la fin de l'année
    {
      re: wordRegex(
        fr
          ? "(?:d'ici |avant |a |pour |des )?(?:la )?fin (?:de l'annee|d'annee|de l'an|du mois|de la semaine|du semestre|de l'exercice)|cette annee|dans l'annee|l'an prochain|l'annee prochaine|(?:le |au |d'ici le )?mois prochain|ce mois(?:-ci)?|(?:la )?semaine prochaine|cette semaine|(?:pendant|durant|lors de) (?:la|le) (?:semaine|mois|week-end)(?: d[ue'] ?[a-z]+)?"
          : '(?:by |before |until |at |in )?(?:the )?(?:year-end|year end|end of (?:the |this )?(?:year|month|week|fiscal year))|this (?:year|month|week)|next (?:year|month|week)|(?:during|over) (?:the )?(?:[a-z]+ ){0,2}week',
      ),
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
    // en 2027, by 2027
    {
      re: wordRegex(
        fr
          ? "(?:en|d'ici|avant|fin|jusqu'en|pour|d'ici fin) (20\\d\\d)"
          : '(?:in|by|before|until|end of|during|for) (20\\d\\d)',
      ),
      resolve: (g, now) => monthsBetween(now, new Date(Date.UTC(+(g[1] ?? ''), 11, 31))),
    },
  ];
}

const vagueRes = {
  fr: wordRegex(
    "un jour|un de ces jours|bientot|rapidement|prochainement|a terme|a l'avenir|des que possible|au plus vite|le plus vite possible|plus tard|a long terme|a court terme",
  ),
  en: wordRegex(
    'one day|someday|some day|soon|eventually|quickly|asap|as soon as possible|in the future|at some point|later|in the long run|over time',
  ),
};

const rulesCache: Partial<Record<Lang, TimeRule[]>> = {};

/** Deadlines and periods, then vague time words ("un jour", "soon") outside them. */
export function findTimes(original: string, folded: string, lang: Lang, now: Date): TimeMatch[] {
  const rules = (rulesCache[lang] ??= timeRules(lang));
  const found: TimeMatch[] = [];
  for (const rule of rules) {
    rule.re.lastIndex = 0;
    for (const m of folded.matchAll(rule.re)) {
      const start = m.index;
      const end = start + m[0].replace(/\.$/, '').length;
      const text = original.slice(start, end);
      if (rule.check && !rule.check(m[0], text)) continue;
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
  for (const m of findAll(original, folded, vagueRes[lang])) {
    if (!found.some((f) => overlaps(f, m))) found.push({ ...m, kind: 'vague' });
  }
  return found.sort((a, b) => a.start - b.start);
}
