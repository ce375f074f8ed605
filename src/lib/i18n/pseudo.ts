/**
 * The pseudo-localiser of the languages-as-data proof: turns an English message into a pseudo
 * language that reads like English but can be told apart at a glance, `Calculate` →
 * `[Çååļçûûļååţéé]`. Every letter is accented (a string left in plain English is an untranslated
 * one), vowels are doubled so that the text is about 35 % longer (as German or French often is:
 * layouts must hold it) and brackets mark where each message starts and ends (a cut message shows).
 * `{name}` placeholders and ICU plurals (`{count, plural, one {# answer} other {# answers}}`) are
 * kept as the translator reads them: only the texts of the plural's branches change.
 *
 * Written here rather than taken from a library: pseudo-localization (npm) knows neither ICU
 * plurals nor our placeholders, and @formatjs/cli's pseudo-locales need the whole ICU parser for
 * the subset src/lib/i18n/translate.ts reads.
 */
import { closing } from './translate';

const ACCENTED: Record<string, string> = {
  a: 'å',
  b: 'ƀ',
  c: 'ç',
  d: 'ð',
  e: 'é',
  f: 'ƒ',
  g: 'ĝ',
  h: 'ĥ',
  i: 'î',
  j: 'ĵ',
  k: 'ķ',
  l: 'ļ',
  m: 'ɱ',
  n: 'ñ',
  o: 'ö',
  p: 'þ',
  q: 'ǫ',
  r: 'ŕ',
  s: 'š',
  t: 'ţ',
  u: 'û',
  v: 'ṽ',
  w: 'ŵ',
  x: 'ẋ',
  y: 'ý',
  z: 'ž',
  A: 'Å',
  B: 'Ɓ',
  C: 'Ç',
  D: 'Ð',
  E: 'É',
  F: 'Ƒ',
  G: 'Ĝ',
  H: 'Ĥ',
  I: 'Î',
  J: 'Ĵ',
  K: 'Ķ',
  L: 'Ļ',
  M: 'Ṁ',
  N: 'Ñ',
  O: 'Ö',
  P: 'Þ',
  Q: 'Ǫ',
  R: 'Ŕ',
  S: 'Š',
  T: 'Ţ',
  U: 'Û',
  V: 'Ṽ',
  W: 'Ŵ',
  X: 'Ẋ',
  Y: 'Ý',
  Z: 'Ž',
};

const VOWELS = new Set('aeiouyAEIOUY');

/** Plain text (no placeholder inside): every letter accented, every vowel doubled, no brackets. */
export function pseudoText(text: string): string {
  let out = '';
  for (const char of text) {
    const accented = ACCENTED[char];
    if (accented === undefined) out += char;
    else out += VOWELS.has(char) ? accented + accented.toLowerCase() : accented;
  }
  return out;
}

/** `one {…} other {…}`: the selectors kept, each branch's text pseudo-localised. */
function pseudoBranches(body: string): string {
  let out = '';
  let at = 0;
  for (;;) {
    const selector = /^\s*(?:=\d+|zero|one|two|few|many|other)\s*\{/.exec(body.slice(at));
    if (!selector) return out + body.slice(at);
    const open = at + selector[0].length - 1;
    const close = closing(body, open);
    if (close < 0) return out + body.slice(at);
    out += `${body.slice(at, open + 1)}${pseudoMessage(body.slice(open + 1, close))}}`;
    at = close + 1;
  }
}

/** A message without its brackets: text pseudo-localised, placeholders and plural syntax kept. */
function pseudoMessage(message: string): string {
  let out = '';
  let at = 0;
  while (at < message.length) {
    const open = message.indexOf('{', at);
    if (open < 0) return out + pseudoText(message.slice(at));
    out += pseudoText(message.slice(at, open));
    const close = closing(message, open);
    if (close < 0) return out + pseudoText(message.slice(open));
    const inner = message.slice(open + 1, close);
    const plural = /^(\s*\w+\s*,\s*plural\s*,)([\s\S]*)$/.exec(inner);
    out += plural ? `{${plural[1]}${pseudoBranches(plural[2] ?? '')}}` : `{${inner}}`;
    at = close + 1;
  }
  return out;
}

/** One English message in the pseudo language, in brackets. */
export function pseudoLocalize(message: string): string {
  return message === '' ? '' : `[${pseudoMessage(message)}]`;
}

/** A whole dictionary in the pseudo language, key for key. */
export function pseudoDictionary<K extends string>(english: Readonly<Record<K, string>>): Record<K, string> {
  const out = {} as Record<K, string>;
  for (const key of Object.keys(english) as K[]) out[key] = pseudoLocalize(english[key]);
  return out;
}
