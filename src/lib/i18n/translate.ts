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
 * Values are inserted as text: callers render them as text (never as HTML).
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

const rules = new Map<Locale, Intl.PluralRules>();

/** The plural category of a count in a language (`one`, `other`…); created on first use. */
export function pluralCategory(count: number, locale: Locale): Intl.LDMLPluralRule {
  let rule = rules.get(locale);
  if (!rule) rules.set(locale, (rule = new Intl.PluralRules(localeTags[locale])));
  return rule.select(count);
}

/** The index of the `}` closing the `{` at `open`, or -1. */
function closing(text: string, open: number): number {
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

function plural(name: string, body: string, vars: Vars, locale: Locale, options: MessageOptions): string | null {
  if (!Object.hasOwn(vars, name)) return null;
  const value = vars[name];
  const count = typeof value === 'number' ? value : Number(value);
  const choices = pluralOptions(body);
  const chosen =
    choices.get(`=${count}`) ??
    (Number.isFinite(count) ? choices.get(pluralCategory(count, locale)) : undefined) ??
    choices.get('other');
  if (chosen === undefined) return null;
  const written = typeof value === 'number' && options.count ? options.count(value, locale) : String(value);
  return chosen
    .split('#')
    .map((part) => formatMessage(part, vars, locale, options))
    .join(written);
}

/** Fills a message's placeholders and plurals in a language. */
export function formatMessage(template: string, vars: Vars, locale: Locale, options: MessageOptions = {}): string {
  let out = '';
  let at = 0;
  while (at < template.length) {
    const open = template.indexOf('{', at);
    const close = open < 0 ? -1 : closing(template, open);
    if (open < 0 || close < 0) return out + template.slice(at);
    out += template.slice(at, open);
    const inner = template.slice(open + 1, close);
    const whole = template.slice(open, close + 1);
    const simple = /^\s*(\w+)\s*$/.exec(inner);
    const pluralForm = /^\s*(\w+)\s*,\s*plural\s*,([\s\S]*)$/.exec(inner);
    if (simple?.[1] !== undefined) {
      const name = simple[1];
      if (Object.hasOwn(vars, name)) {
        const text = String(vars[name]);
        out += options.resolve ? options.resolve(text) : text;
      } else out += whole;
    } else if (pluralForm?.[1] !== undefined) {
      out += plural(pluralForm[1], pluralForm[2] ?? '', vars, locale, options) ?? whole;
    } else out += whole;
    at = close + 1;
  }
  return out;
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
