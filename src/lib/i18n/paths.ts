import { isLocale, type Locale } from './locales';

/**
 * Builds a site path for a locale: `localePath('fr', 'guide/kpis')` -> `/fr/guide/kpis/`.
 * Paths always end with a slash (the site is built with `trailingSlash: 'always'`).
 */
export function localePath(lang: Locale, path = ''): string {
  const clean = path.replace(/^\/+|\/+$/g, '');
  const [pathname = '', hash] = clean.split('#');
  const base = pathname === '' ? `/${lang}/` : `/${lang}/${pathname}/`;
  return hash === undefined ? base : `${base}#${hash}`;
}

/** Splits `/fr/guide/kpis/` into its locale and the rest (`guide/kpis`). */
export function splitLocalePath(pathname: string): { lang: Locale | undefined; rest: string } {
  const parts = pathname.split('/').filter(Boolean);
  const first = parts[0];
  if (isLocale(first)) return { lang: first, rest: parts.slice(1).join('/') };
  return { lang: undefined, rest: parts.join('/') };
}

/** The same page in another locale. Slugs are the same in both locales (as on MDN). */
export function translatePath(pathname: string, to: Locale): string {
  const { rest } = splitLocalePath(pathname);
  return localePath(to, rest);
}
