/**
 * How every language registry finds each language's module by itself: Vite's
 * `import.meta.glob('../*\/numbers.ts', …)` gives the modules keyed by path, this keys them by
 * their folder (the locale) in the locale list's order. A locale without its module throws, so a
 * language missing a file fails tests/unit/language-registries.test.ts (and the build) instead of
 * a page. Folders that are no locale of the list are left out.
 *
 * In the site's build, src/build/language-tables.mjs writes the same table as a literal (no helper
 * or paths in the browser's code); here is what it means everywhere else (Vitest, the dev server).
 */
import { locales, type Locale } from '../locales';

export function byLocale<T>(modules: Record<string, T>): Record<Locale, T> {
  const table = {} as Record<Locale, T>;
  for (const locale of locales) {
    const path = Object.keys(modules).find((key) => key.split('/').at(-2) === locale);
    if (path === undefined) {
      throw new Error(`src/lib/i18n/${locale}/ lacks a module: found only ${Object.keys(modules).join(', ')}`);
    }
    table[locale] = modules[path] as T;
  }
  return table;
}
