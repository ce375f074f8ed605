/**
 * The site's one translator: a message with `{name}` placeholders and plurals, filled in a
 * language. Plurals use ICU MessageFormat's syntax, which translators know, and each language's
 * own rules (Intl.PluralRules: in French 0 and 1 are singular, in English only 1):
 *
 *   '{count, plural, one {# réponse importée} other {# réponses importées}}'
 *
 * `=0`, `=1`… select an exact count first; `#` is the count written in the language (`1 234`, with
 * the `count` option).
 * Only this subset of ICU is read (no `select`, no nested arguments inside `#`). A full ICU library
 * (intl-messageformat and its parser) weighs several times the whole translator of an island, for
 * features the site's strings do not use. Unknown placeholders stay visible, never `undefined`.
 * Values are inserted as text: callers render them as text (never as HTML). Reading a message
 * (`compileMessage`) and filling it (`fillMessage`, ./compiled.ts) are apart, so that a page can
 * read its island's strings when it is built and the island ships only the filling.
 */
import type { Locale } from './locales';
import { fillMessage, type Compiled, type CompiledText, type MessageOptions, type Piece, type Vars } from './compiled';

export { fillMessage, pluralCategory, type Compiled, type MessageOptions, type Vars } from './compiled';

/** The index of the `}` closing the `{` at `open`, or -1. */
export function closing(text: string, open: number): number {
  let depth = 0;
  for (let at = open; at < text.length; at++) {
    if (text[at] === '{') depth++;
    else if (text[at] === '}' && --depth === 0) return at;
  }
  return -1;
}

/** `one {…} other {…}` as a map from selector to text. */
function pluralOptions(body: string): Map<string, string> {
  const options = new Map<string, string>();
  let at = 0;
  for (;;) {
    const selector = /^\s*(=\d+|zero|one|two|few|many|other)\s*\{/.exec(body.slice(at));
    if (!selector?.[1]) return options;
    const open = at + selector[0].length - 1;
    const close = closing(body, open);
    if (close < 0) return options;
    options.set(selector[1], body.slice(open + 1, close));
    at = close + 1;
  }
}

/** Pieces that are all text are the text itself. */
const compact = (pieces: Piece[]): Compiled =>
  pieces.every((piece) => typeof piece === 'string') ? (pieces.join('') as CompiledText) : pieces;

/** A message's pieces; in a plural's option, `#` (the count) splits the text first. */
function compilePieces(template: string): Piece[] {
  const pieces: Piece[] = [];
  let at = 0;
  for (let open = template.indexOf('{'); open >= 0; open = template.indexOf('{', at)) {
    const close = closing(template, open);
    if (close < 0) break;
    pieces.push(template.slice(at, open));
    const inner = template.slice(open + 1, close);
    const whole = template.slice(open, close + 1);
    const simple = /^\s*(\w+)\s*$/.exec(inner)?.[1];
    const pluralForm = /^\s*(\w+)\s*,\s*plural\s*,([\s\S]*)$/.exec(inner);
    if (simple !== undefined) pieces.push(whole === `{${simple}}` ? { arg: simple } : { arg: simple, whole });
    else if (pluralForm?.[1] !== undefined) {
      const options: Record<string, Compiled> = {};
      for (const [selector, option] of pluralOptions(pluralForm[2] ?? '')) {
        const parts = option
          .split('#')
          .map((part, index) => [...(index ? [{ count: true } as const] : []), ...compilePieces(part)]);
        options[selector] = compact(parts.flat());
      }
      pieces.push({ plural: pluralForm[1], whole, options });
    } else pieces.push(whole);
    at = close + 1;
  }
  pieces.push(template.slice(at));
  return pieces.filter((piece) => piece !== '');
}

/**
 * Reads a message once: its text, placeholders and plurals as plain data (./compiled.ts), which a
 * page can give an island so that the island fills it without this parser.
 */
export function compileMessage(template: string): Compiled {
  return compact(compilePieces(template));
}

/** A set of strings compiled (the strings a page gives its island, keyed as they are). */
export function compileMessages(strings: Readonly<Record<string, string>>): Record<string, Compiled> {
  return Object.fromEntries(Object.entries(strings).map(([key, text]) => [key, compileMessage(text)]));
}

/** Fills a message's placeholders and plurals in a language. */
export function formatMessage(template: string, vars: Vars, locale: Locale, options: MessageOptions = {}): string {
  return fillMessage(compileMessage(template), vars, locale, options);
}

/** The names a message expects (placeholders and plural counts), sorted, each once. */
export function messageArguments(template: string): string[] {
  const names = new Set<string>();
  const visit = (text: string) => {
    for (let open = text.indexOf('{'); open >= 0;) {
      const close = closing(text, open);
      if (close < 0) return;
      const inner = text.slice(open + 1, close);
      const name = /^\s*(\w+)\s*(?:$|,\s*plural\s*,)/.exec(inner)?.[1];
      if (name) names.add(name);
      if (name && inner.includes(','))
        for (const option of pluralOptions(inner.slice(inner.indexOf('plural') + 7)).values()) visit(option);
      open = text.indexOf('{', close + 1);
    }
  };
  visit(template);
  return [...names].sort();
}

/**
 * A translator over a set of strings (a dictionary, or the strings a page gave its island):
 * `t('imported', { count: 3 })`. A missing key is shown as is, so that it is noticed.
 */
export function translator(strings: Readonly<Record<string, string>>, locale: Locale, options: MessageOptions = {}) {
  return (key: string, vars: Vars = {}): string => formatMessage(strings[key] ?? key, vars, locale, options);
}
