/**
 * Filling a message that the translator's parser (./translate.ts) has already read: the half of
 * the translator that runs in the browser. A page compiles the strings it gives an island when it
 * is built (`compileMessages`), so the island fills them with this module alone and never bundles
 * the parser (the tool pages' JavaScript budget, docs/performance.md). `formatMessage` is this
 * module's `fillMessage` applied to the parser's output: one translator, in two steps.
 */
import { localeTags, type Locale } from './locales';

export type Vars = Readonly<Record<string, string | number>>;

export interface MessageOptions {
  /** Turns a value into text before it is inserted (the SMART checker translates goal keys). */
  resolve?: (value: string) => string;
  /**
   * Writes the count of a plural (`#`) in the language: pass `formatCount` (src/lib/numbers) where
   * counts can reach 1 000. Left out, `#` is the count's plain digits, and the islands that need
   * no plural count do not bundle the number module for it.
   */
  count?: (value: number, locale: Locale) => string;
}

/**
 * A piece of a compiled message: text; a placeholder (`whole` is its source when it is not
 * `{arg}`, shown as is when the value is missing); a plural, whose options are compiled
 * messages; or the count (`#`) inside a plural's option. Plain data, so that it can be an
 * island's prop.
 */
export type Piece =
  | string
  | { arg: string; whole?: string }
  | { plural: string; whole: string; options: Readonly<Record<string, Compiled>> }
  | { count: true };

declare const compiledText: unique symbol;

/**
 * A message's text once compiled, with nothing left to fill. Marked, so that a raw string (which
 * may hold `{name}` placeholders) cannot be passed where a compiled message is expected.
 */
export type CompiledText = string & { readonly [compiledText]: true };

/** A compiled message: its text when it has nothing to fill, otherwise its pieces. */
export type Compiled = CompiledText | readonly Piece[];

const rules = new Map<Locale, Intl.PluralRules>();

/** The plural category of a count in a language (`one`, `other`…); created on first use. */
export function pluralCategory(count: number, locale: Locale): Intl.LDMLPluralRule {
  let rule = rules.get(locale);
  if (!rule) rules.set(locale, (rule = new Intl.PluralRules(localeTags[locale])));
  return rule.select(count);
}

function plural(
  piece: Extract<Piece, { plural: string }>,
  vars: Vars,
  locale: Locale,
  options: MessageOptions,
): string | null {
  if (!Object.hasOwn(vars, piece.plural)) return null;
  const value = vars[piece.plural];
  const count = typeof value === 'number' ? value : Number(value);
  const option = (selector: string) => (Object.hasOwn(piece.options, selector) ? piece.options[selector] : undefined);
  const chosen =
    option(`=${count}`) ??
    (Number.isFinite(count) ? option(pluralCategory(count, locale)) : undefined) ??
    option('other');
  if (chosen === undefined) return null;
  const written = typeof value === 'number' && options.count ? options.count(value, locale) : String(value);
  return fillMessage(chosen, vars, locale, options, written);
}

/**
 * Fills a compiled message's placeholders and plurals in a language. Unknown placeholders stay
 * visible, never `undefined`; values are inserted as text (callers render them as text, never
 * as HTML). `count` is what `#` stands for, inside a plural's option.
 */
export function fillMessage(
  message: Compiled,
  vars: Vars,
  locale: Locale,
  options: MessageOptions = {},
  count = '#',
): string {
  if (typeof message === 'string') return message;
  let out = '';
  for (const piece of message) {
    if (typeof piece === 'string') out += piece;
    else if ('count' in piece) out += count;
    else if ('arg' in piece) {
      if (!Object.hasOwn(vars, piece.arg)) out += piece.whole ?? `{${piece.arg}}`;
      else out += options.resolve ? options.resolve(String(vars[piece.arg])) : String(vars[piece.arg]);
    } else out += plural(piece, vars, locale, options) ?? piece.whole;
  }
  return out;
}

/**
 * A translator over compiled strings (what a page gave its island): `t('posts.gap', { gap,
 * points })`. A missing key is shown as is, so that it is noticed.
 */
export function compiledTranslator(
  messages: Readonly<Record<string, Compiled>>,
  locale: Locale,
  options: MessageOptions = {},
) {
  return (key: string, vars: Vars = {}): string =>
    fillMessage(messages[key] ?? (key as CompiledText), vars, locale, options);
}
