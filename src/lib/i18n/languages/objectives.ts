/** Each language's own letters and frequent words in objectives (its `objectives.ts`), read by src/lib/smart/detect.ts. */
import * as fr from '../fr/objectives';
import * as en from '../en/objectives';
import type { Locale } from '../locales';

export const objectiveLetters: Record<Locale, string> = { fr: fr.objectiveLetters, en: en.objectiveLetters };

export const objectiveStopwords: Record<Locale, string> = { fr: fr.objectiveStopwords, en: en.objectiveStopwords };
