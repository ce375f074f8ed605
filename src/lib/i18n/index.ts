import type { UiKey } from './fr';
import { byLocale } from './languages/by-locale';
import type { Locale } from './locales';
import { formatCount } from '../numbers/format';
import { formatMessage, type Vars } from './translate';

export type { UiKey } from './fr';
export * from './locales';
export * from './paths';

/** Each language's UI strings (its folder's `index.ts`), found by folder like every registry (`./languages/`). */
export const dictionaries: Record<Locale, Record<UiKey, string>> = byLocale(
  import.meta.glob<Record<UiKey, string>>('./*/index.ts', { eager: true, import: 'default' }),
);

export { formatMessage, messageArguments, type Vars } from './translate';

/**
 * Returns the translator of a locale: `t('nav.guide')`, `t('footer.updated', { date })`, with
 * plurals (`./translate.ts`).
 * Keys are checked by TypeScript; both dictionaries have exactly the same keys.
 */
export function useTranslations(lang: Locale) {
  const dict = dictionaries[lang];
  return function t(key: UiKey, vars?: Vars): string {
    return formatMessage(dict[key], vars ?? {}, lang, { count: formatCount });
  };
}

export type Translate = ReturnType<typeof useTranslations>;

/** All strings whose key starts with a prefix, keyed by the rest: handy to pass to an island. */
export function pick<P extends string>(lang: Locale, prefix: P): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(dictionaries[lang])) {
    if (key.startsWith(prefix)) out[key.slice(prefix.length)] = value;
  }
  return out;
}
