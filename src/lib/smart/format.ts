/** How the SMART engine quotes the user's words and writes numbers in its messages. */
import { formatNumber as formatLocaleNumber, formatPercentUpTo } from '../numbers';
import type { Lang } from './lexicon';
import { rulesFor } from './rules';

/** The user's words, each once, in the quotation marks of the page's language. */
export function quote(words: string[], lang: Lang): string {
  const [open, close] = rulesFor(lang).quotes;
  const uniq = [...new Set(words.map((w) => w.trim()).filter(Boolean))];
  return uniq.map((w) => `${open}${w}${close}`).join(', ');
}

/** A number as the site writes it (src/lib/numbers), with at most `digits` decimals. */
export function formatNumber(value: number, lang: Lang, digits = 1): string {
  return formatLocaleNumber(value, lang, digits);
}

/** A share (0.25) as a percentage ("25 %", "25%"). */
export function percent(value: number, lang: Lang): string {
  return formatPercentUpTo(value * 100, lang, 1);
}
