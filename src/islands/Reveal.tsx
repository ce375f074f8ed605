/**
 * "Guess first": the button that shows a hidden result, with its hint (the state is in
 * ./useReveal.ts, re-exported here for the islands that load both at once).
 */
import { revealStrings } from '../lib/i18n/languages/reveal';
import type { Locale } from '../lib/i18n/locales';

export { useReveal, type Reveal } from './useReveal';

export function RevealButton({ lang, onShow }: { lang: Locale; onShow: () => void }) {
  const s = revealStrings[lang];
  return (
    <div class="guess" data-reveal>
      <p class="guess-hint">{s['reveal.hint']}</p>
      <button type="button" class="guess-button" onClick={onShow}>
        {s['reveal.show']}
      </button>
    </div>
  );
}
