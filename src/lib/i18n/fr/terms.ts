/**
 * French terms: for each concept, the word the site uses and the variants it does not. The content
 * test fails when a banned variant appears in the French guide, glossary, tool explanations or
 * calculators' labels (src/lib/content/terms.ts); docs/CONTENT.md lists the same table for authors.
 */
import type { TermRule } from '../../content/terms';

export const termRules: readonly TermRule[] = [
  {
    concept: 'click-through rate',
    use: 'taux de clics',
    // « taux de clic » not followed by « s » (and not « taux de clics »).
    banned: [/\btaux de clic(?!s)\b/iu],
  },
  {
    concept: 'lead (a prospective customer who left contact details)',
    use: 'prospects',
    // Product names (LinkedIn « Lead Gen Forms », Meta « Lead Ads ») are not the term.
    banned: [/(?<![\p{L}-])leads?(?![\p{L}’'-])(?! (?:Gen|Ads)\b)/iu],
    allowedOnce: /\((?:en anglais\s?)?(?:«\s?)?[*_]?leads?[*_]?(?:\s?»)?\)/iu,
  },
  {
    concept: 'like (a reaction)',
    use: 'mentions J’aime',
    banned: [/(?<![\p{L}-])likes?(?![\p{L}-])/iu],
  },
  {
    concept: 'online reputation',
    use: 'e-réputation',
    banned: [/\bréputation en ligne\b/iu, /\be-reputation\b/iu, /\bréputation numérique\b/iu],
  },
];
