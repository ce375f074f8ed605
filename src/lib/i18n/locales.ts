/** The site's locales. French is the default and comes first everywhere. */
export const locales = ['fr', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'fr';

/** BCP 47 tags used for Intl formatting and hreflang. */
export const localeTags: Record<Locale, string> = { fr: 'fr-FR', en: 'en' };

/** Names of each locale in its own language, for the language switch. */
export const localeNames: Record<Locale, string> = { fr: 'Français', en: 'English' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** The other locale, for the language switch. */
export function otherLocale(lang: Locale): Locale {
  return lang === 'fr' ? 'en' : 'fr';
}
