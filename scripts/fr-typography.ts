/**
 * Checks (or with --fix, mends) French typography in the given files:
 *   node scripts/fr-typography.ts --fix content/guide/fr/*.mdx
 * Only pass French files. See src/lib/typography.ts for the rules.
 */
import { fixFrenchTypography, frenchTypographyIssues } from '../src/lib/typography.ts';
import { runTypography } from './typography-cli.ts';

runTypography(fixFrenchTypography, frenchTypographyIssues);
