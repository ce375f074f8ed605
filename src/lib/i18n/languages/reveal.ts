/** Each language's two "guess first" strings (its `reveal.ts`), read by src/islands/Reveal.tsx. */
import type { UiKey } from '..';
import { byLocale } from './by-locale';

export const revealStrings = byLocale(
  import.meta.glob<Record<Extract<UiKey, `reveal.${string}`>, string>>('../*/reveal.ts', {
    eager: true,
    import: 'default',
  }),
);
