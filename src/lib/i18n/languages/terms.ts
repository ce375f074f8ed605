/** Each language's term rules (its `terms.ts`), read by src/lib/content/terms.ts. */
import type { TermRule } from '../../content/terms';
import { byLocale } from './by-locale';

export const termRules = byLocale(
  import.meta.glob<readonly TermRule[]>('../*/terms.ts', { eager: true, import: 'termRules' }),
);
