/**
 * Which language an objective is written in: each language scores its own stop words and (up to
 * three) its own letters (lexicon.ts); the highest score wins, and a tie goes to the page's
 * language. A new language brings its words and letters in its folder (`objectiveStopwords`,
 * `objectiveLetters` in `src/lib/i18n/<lang>/objectives.ts`), nothing here.
 */
import { LANGS, LETTERS, STOPWORDS, type Lang } from './lexicon';
import { fold } from './text';

const stopwords = new Map<Lang, Set<string>>();
const letters = new Map<Lang, RegExp | null>();

function score(lang: Lang, text: string, tokens: string[]): number {
  let words = stopwords.get(lang);
  if (!words) stopwords.set(lang, (words = new Set(STOPWORDS[lang].split('|'))));
  let own = letters.get(lang);
  if (own === undefined) letters.set(lang, (own = LETTERS[lang] ? new RegExp(`[${LETTERS[lang]}]`, 'giu') : null));
  let n = own ? Math.min(3, (text.match(own) ?? []).length) : 0;
  for (const t of tokens) if (words.has(t)) n++;
  return n;
}

export function detectLanguage(text: string, fallback: Lang): Lang {
  const tokens = fold(text)
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const scores = LANGS.map((lang) => ({ lang, score: score(lang, text, tokens) }));
  const best = Math.max(...scores.map((s) => s.score));
  const top = scores.filter((s) => s.score === best);
  return top.length === 1 && top[0] ? top[0].lang : fallback;
}
