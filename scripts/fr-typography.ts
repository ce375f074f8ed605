/**
 * Checks (or with --fix, mends) French typography in the given files:
 *   node scripts/fr-typography.ts --fix content/guide/fr/*.mdx
 * Only pass French files. See src/lib/typography.ts for the rules.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fixFrenchTypography, frenchTypographyIssues } from '../src/lib/typography.ts';

const args = process.argv.slice(2);
const fix = args.includes('--fix');
let count = 0;
for (const file of args.filter((a) => a !== '--fix')) {
  const text = readFileSync(file, 'utf8');
  if (fix) {
    const fixed = fixFrenchTypography(text);
    if (fixed !== text) writeFileSync(file, fixed);
  } else {
    for (const issue of frenchTypographyIssues(text)) {
      count++;
      const line = text.slice(0, issue.index).split('\n').length;
      console.log(`${file}:${line}: ${JSON.stringify(issue.found)} should be ${JSON.stringify(issue.expected)}`);
    }
  }
}
process.exitCode = count > 0 ? 1 : 0;
