/**
 * The SMART engine as each language's page fetches it (`src/lib/smart/engine-<lang>.ts`: the
 * checker with that language's rules), read by src/lib/smart/load.ts. One import() per language,
 * each in its own function: the build then preloads only that language's chunks with it (a single
 * expression choosing between them preloaded all).
 */
import type { Locale } from '../locales';

/** What the island uses: the same exports in every engine-<lang>.ts. */
export type Engine = typeof import('../../smart/engine-fr');

export const smartEngines: Record<Locale, () => Promise<Engine>> = {
  fr: () => import('../../smart/engine-fr'),
  en: () => import('../../smart/engine-en'),
};
