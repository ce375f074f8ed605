/** Each language's SMART warm-up objective (its `warm-up.ts`), read by the SMART checker's island. */
import { objectiveWarmUp as fr } from '../fr/warm-up';
import { objectiveWarmUp as en } from '../en/warm-up';
import type { Locale } from '../locales';

export const objectiveWarmUp: Record<Locale, string> = { fr, en };
