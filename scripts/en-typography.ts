/**
 * Checks (or with --fix, mends) the typography of English files: a number and its unit joined
 * by a no-break space ("24 h", "3 €", "51.5 M").
 *   node scripts/en-typography.ts --fix content/guide/en/*.mdx
 * Only pass English files (French ones: scripts/fr-typography.ts). Rules: src/lib/typography.ts.
 */
import { fixEnglishTypography, englishTypographyIssues } from '../src/lib/typography.ts';
import { runTypography } from './typography-cli.ts';

runTypography(fixEnglishTypography, englishTypographyIssues);
