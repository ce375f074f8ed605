/** Each language's SMART warm-up objective (its `warm-up.ts`), read by the SMART checker's island. */
import { byLocale } from './by-locale';

export const objectiveWarmUp = byLocale(
  import.meta.glob<string>('../*/warm-up.ts', { eager: true, import: 'objectiveWarmUp' }),
);
