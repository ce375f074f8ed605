/**
 * English terms: for each concept, the word the site uses and the variants it does not. The content
 * test fails when a banned variant appears in the English guide, glossary, tool explanations or
 * calculators' labels (src/lib/content/terms.ts); docs/CONTENT.md lists the same table for authors.
 */
import type { TermRule } from '../../content/terms';

export const termRules: readonly TermRule[] = [
  {
    concept: 'online reputation',
    use: 'online reputation',
    banned: [/\be-reputation\b/iu, /\be-réputation\b/iu],
  },
  {
    concept: 'a platform of the social media family',
    use: 'social media platform, or a social network',
    banned: [/\bsocial medium\b/iu],
  },
  {
    concept: 'click-through rate',
    use: 'click-through rate (CTR)',
    banned: [/\bclickthrough rate\b/iu, /\bclick rate\b/iu, /\bclick-thru\b/iu],
  },
];
