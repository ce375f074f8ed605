/**
 * The command line shared by scripts/fr-typography.ts and scripts/en-typography.ts: checks the
 * files named on the command line (exit code 1 and one line per issue), or with --fix mends them.
 */
import { readFileSync, writeFileSync } from 'node:fs';

interface Issue {
  index: number;
  found: string;
  expected: string;
}

export function runTypography(fixText: (text: string) => string, issuesOf: (text: string) => Issue[]): void {
  const args = process.argv.slice(2);
  const fix = args.includes('--fix');
  let count = 0;
  for (const file of args.filter((a) => a !== '--fix')) {
    const text = readFileSync(file, 'utf8');
    if (fix) {
      const fixed = fixText(text);
      if (fixed !== text) writeFileSync(file, fixed);
    } else {
      for (const issue of issuesOf(text)) {
        count++;
        const line = text.slice(0, issue.index).split('\n').length;
        console.log(`${file}:${line}: ${JSON.stringify(issue.found)} should be ${JSON.stringify(issue.expected)}`);
      }
    }
  }
  process.exitCode = count > 0 ? 1 : 0;
}
