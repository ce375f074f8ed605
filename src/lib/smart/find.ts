/** The metrics, results and channels an objective names, found in its folded text. */
import { NETWORKS, TERMS, type Lang } from './lexicon';
import { rulesFor } from './rules';
import { findAll, fold, overlaps, tidySpans, wordRe, type Match } from './text';
import type { TermMatch } from './types';

export function findTerms(original: string, folded: string, lang: Lang): TermMatch[] {
  const all: TermMatch[] = [];
  const patterns = rulesFor(lang).terms;
  TERMS.forEach((term, i) => {
    for (const m of findAll(original, folded, wordRe(patterns[i] ?? ''))) {
      if (!all.some((a) => a.start <= m.start && a.end >= m.end)) all.push({ ...m, term });
    }
  });
  // Drop a match inside a longer one ("engagement" inside "taux d'engagement").
  return tidySpans(all).filter(
    (m, _i, list) =>
      !list.some((o) => o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start),
  );
}

/** A network or a format, as opposed to an audience ("customers") or a campaign. */
export const NETWORK_RE = new RegExp(
  `^(?:${Object.keys(NETWORKS).join('|')}|insta|google|meta|twitter|reddit|bluesky|mastodon|twitch|messenger|stories|story|reels?|shorts)$`,
);

const X_RE = /(?<![\p{L}\p{N}])(?<!\d )X(?![\p{L}\p{N}])(?! ?\d)/gu;

export function findChannels(original: string, folded: string, lang: Lang, terms: TermMatch[] = []): Match[] {
  const out = findAll(original, folded, wordRe(rulesFor(lang).channels));
  for (const m of original.matchAll(X_RE)) out.push({ start: m.index, end: m.index + 1, text: 'X' });
  // An audience word inside a metric ("beat competitors") is not a second piece of information;
  // a network or a format inside it ("Story exit rate") is.
  return tidySpans(out).filter((c) => NETWORK_RE.test(fold(c.text)) || !terms.some((t) => overlaps(t, c)));
}
