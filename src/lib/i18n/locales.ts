/**
 * The site's locales: the one list that the Astro config, the content collections, the routes
 * (getStaticPaths), the schemas, the embed host script and the engines read, with what each
 * locale is called (its tags, its name, its decimal separator). Everything else a language has
 * is in its folder, `src/lib/i18n/<lang>/`, gathered by `./languages/`. French is the default and
 * comes first everywhere. Adding a language: docs/ARCHITECTURE.md, "Add a language".
 */
export const locales = ['fr', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'fr';

/** BCP 47 tags used for Intl formatting and hreflang. */
export const localeTags: Record<Locale, string> = { fr: 'fr-FR', en: 'en' };

/** Open Graph locales (`og:locale`, language_TERRITORY). */
export const ogLocales: Record<Locale, string> = { fr: 'fr_FR', en: 'en_GB' };

/**
 * Each locale's decimal separator: for the few numbers written without the number module (an
 * hour count, a score), so that those pages need not load it. The number module reads it too.
 */
export const decimalSeparators: Record<Locale, string> = { fr: ',', en: '.' };

/** Names of each locale in its own language, for the language switch. */
export const localeNames: Record<Locale, string> = { fr: 'Français', en: 'English' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** The next locale in the list (the only other one while there are two). */
export function otherLocale(lang: Locale): Locale {
  return locales[(locales.indexOf(lang) + 1) % locales.length] ?? defaultLocale;
}

/** Every locale but this one, in the list's order: the language switch offers each. */
export function otherLocales(lang: Locale): Locale[] {
  return locales.filter((other) => other !== lang);
}
