/**
 * Checks (or with --fix, mends) the typography of English files: a number and its unit joined
 * by a no-break space ("24 h", "3 €", "51.5 M").
 *   node scripts/en-typography.ts --fix content/guide/en/*.mdx
 * Only pass English files (French ones: scripts/fr-typography.ts). Rules: src/lib/typography.ts.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { englishTypographyIssues, fixEnglishTypography } from '../src/lib/typography.ts';

const args = process.argv.slice(2);
const fix = args.includes('--fix');
let count = 0;
for (const file of args.filter((a) => a !== '--fix')) {
  const text = readFileSync(file, 'utf8');
  if (fix) {
    const fixed = fixEnglishTypography(text);
    if (fixed !== text) writeFileSync(file, fixed);
  } else {
    for (const issue of englishTypographyIssues(text)) {
      count++;
      const line = text.slice(0, issue.index).split('\n').length;
      console.log(`${file}:${line}: ${JSON.stringify(issue.found)} should be ${JSON.stringify(issue.expected)}`);
    }
  }
}
process.exitCode = count > 0 ? 1 : 0;
