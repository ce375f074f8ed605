/** Each language's two "guess first" strings (its `reveal.ts`), read by src/islands/Reveal.tsx. */
import fr from '../fr/reveal';
import en from '../en/reveal';
import type { Locale } from '../locales';

export const revealStrings: Record<Locale, Record<keyof typeof fr, string>> = { fr, en };
