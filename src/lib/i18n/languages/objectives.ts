/** Each language's own letters and frequent words in objectives (its `objectives.ts`), read by src/lib/smart/detect.ts. */
import { byLocale } from './by-locale';

export const objectiveLetters = byLocale(
  import.meta.glob<string>('../*/objectives.ts', { eager: true, import: 'objectiveLetters' }),
);

export const objectiveStopwords = byLocale(
  import.meta.glob<string>('../*/objectives.ts', { eager: true, import: 'objectiveStopwords' }),
);
