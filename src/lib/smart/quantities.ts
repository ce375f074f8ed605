/**
 * Numbers, multipliers and frequencies (the "Measurable" criterion), found in folded text (see
 * text.ts) as ranges of the original. Dates and periods are in dates.ts.
 */
import { parseLocaleNumber } from '../numbers';
import { symbolsOf } from '../numbers/format';
import type { Lang } from './lexicon';
import { rulesFor } from './rules';
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

export function countValue(text: string, lang: Lang): number {
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
 * match is flagged). Objectives may group thousands with spaces in a language whose separator is
 * not one (English), which the parser keeps for the languages that group with spaces (French).
 */
function parseDigits(raw: string, lang: Lang): number {
  const spaceGroups = symbolsOf[lang].group.trim() === '';
  const text = !spaceGroups && / \d{3}/.test(raw) ? raw.replace(/ /g, '') : raw;
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
