/**
 * Each language's separators and percent sign (its `numbers.ts`), read by src/lib/numbers/format.ts.
 * The registry of each kind of language data is a module of its own (`./*.ts`), so that a page's
 * bundle holds only the kinds it reads: a calculator ships no month names.
 */
import { numberSymbols as fr } from '../fr/numbers';
import { numberSymbols as en } from '../en/numbers';
import type { Locale } from '../locales';

export const numberSymbols: Record<Locale, { group: string; decimal: string; percent: string }> = { fr, en };
