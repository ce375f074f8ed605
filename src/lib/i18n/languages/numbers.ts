/**
 * Each language's separators and percent sign (its `numbers.ts`), read by src/lib/numbers/format.ts.
 * The registry of each kind of language data is a module of its own (`./*.ts`), so that a page's
 * bundle holds only the kinds it reads: a calculator ships no month names. Each finds the
 * languages' modules by itself (`./by-locale.ts`): adding a language changes no registry.
 */
import { byLocale } from './by-locale';

export const numberSymbols = byLocale(
  import.meta.glob<{ group: string; decimal: string; percent: string }>('../*/numbers.ts', {
    eager: true,
    import: 'numberSymbols',
  }),
);
