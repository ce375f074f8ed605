/** How the SMART engine quotes the user's words and writes numbers in its messages. */
import type { Lang } from './lexicon';
import { rulesFor } from './rules';

/** The user's words, each once, in the quotation marks of the page's language. */
export function quote(words: string[], lang: Lang): string {
  const [open, close] = rulesFor(lang).quotes;
  const uniq = [...new Set(words.map((w) => w.trim()).filter(Boolean))];
  return uniq.map((w) => `${open}${w}${close}`).join(', ');
}

export function formatNumber(value: number, lang: Lang, digits = 1): string {
  return new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en', { maximumFractionDigits: digits }).format(value);
}

export function percent(value: number, lang: Lang): string {
  return lang === 'fr' ? `${formatNumber(value * 100, lang)}\u00a0%` : `${formatNumber(value * 100, lang)}%`;
}
