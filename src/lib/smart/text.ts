/**
 * Text helpers of the SMART checker: cleaning outside input, folding text for matching while
 * keeping character offsets, and finding matches as ranges of the cleaned text.
 */

export { MAX_OBJECTIVE_LENGTH, sanitizeObjective } from './input';

const DASHES = /[\u2010-\u2015\u2212]/;
const QUOTES = /[\u2018\u2019\u02BC\u0060\u00B4]/;

/**
 * Lower-cases and strips accents one character at a time, so that the folded text has exactly
 * the length of the original and a match in it is a range of the original.
 * Apostrophes become `'`, dashes `-`, every space (NBSP, U+202F…) a plain space.
 */
export function fold(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    let f: string;
    if (QUOTES.test(ch)) f = "'";
    else if (DASHES.test(ch)) f = '-';
    else if (/\s/.test(ch)) f = ' ';
    else if (ch === '×') f = 'x';
    else {
      f = ch
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase();
      if (f.length !== 1) f = ch.toLowerCase().length === 1 ? ch.toLowerCase() : ch;
    }
    out += f;
  }
  return out;
}

export interface Span {
  /** Offset of the first character, in UTF-16 code units of the sanitized text. */
  start: number;
  /** Offset just after the last character. */
  end: number;
}

export interface Match extends Span {
  /** The matched words as the user wrote them. */
  text: string;
}

const L = '(?<![\\p{L}\\p{N}])';
const R = '(?![\\p{L}\\p{N}])';

/** Keys of a word list as a regex alternation, longest first, without the `skip` words. */
export function alternation(words: Record<string, unknown>, skip: readonly string[] = []): string {
  return Object.keys(words)
    .filter((w) => !skip.includes(w))
    .sort((a, b) => b.length - a.length)
    .join('|');
}

/** A template with its `{placeholders}` filled (unknown ones are left as written). */
export function fillTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (all, name: string) => values[name] ?? all);
}

/** Compiles a pattern source that must match whole words (Unicode-aware boundaries). */
export function wordRegex(source: string): RegExp {
  return new RegExp(`${L}(?:${source})${R}`, 'gu');
}

const words = new Map<string, RegExp>();
/** `wordRegex`, compiled once per source (a language's patterns are compiled on first use). */
export function wordRe(source: string): RegExp {
  let r = words.get(source);
  if (!r) words.set(source, (r = wordRegex(source)));
  return r;
}

const plain = new Map<string, RegExp>();
/** A non-global expression, compiled once per source and flags. */
export function plainRe(source: string, flags = 'u'): RegExp {
  const key = `${flags}/${source}`;
  let r = plain.get(key);
  if (!r) plain.set(key, (r = new RegExp(source, flags)));
  return r;
}

/** All matches of a global regex in the folded text, as ranges of the original. */
export function findAll(original: string, folded: string, re: RegExp): Match[] {
  const out: Match[] = [];
  re.lastIndex = 0;
  for (const m of folded.matchAll(re)) {
    if (m[0].length === 0) continue;
    const start = m.index;
    const end = start + m[0].length;
    out.push({ start, end, text: original.slice(start, end) });
  }
  return out;
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Sorted, without duplicates, without a span inside another. */
export function tidySpans<T extends Span>(spans: T[]): T[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: T[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start >= last.start && s.end <= last.end) continue;
    out.push(s);
  }
  return out;
}
