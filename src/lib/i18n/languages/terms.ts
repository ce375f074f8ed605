/** Each language's term rules (its `terms.ts`), read by src/lib/content/terms.ts. */
import type { TermRule } from '../../content/terms';
import { termRules as fr } from '../fr/terms';
import { termRules as en } from '../en/terms';
import type { Locale } from '../locales';

export const termRules: Record<Locale, readonly TermRule[]> = { fr, en };
