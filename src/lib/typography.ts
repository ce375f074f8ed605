/**
 * French typography rules the site holds itself to: a no-break space before `:` and `%`,
 * a narrow no-break space (U+202F) before `;`, `?`, `!`, no-break spaces inside « », and the
 * typographic apostrophe (’) in words.
 * `frenchTypographyIssues` finds breaches; `fixFrenchTypography` mends them.
 */

export const NBSP = '\u00a0';
export const NNBSP = '\u202f';

export interface TypographyIssue {
  index: number;
  found: string;
  expected: string;
}

interface Rule {
  pattern: RegExp;
  fix: (match: string) => string;
}

const rules: Rule[] = [
  // A plain space (or none) before a high punctuation sign that follows a word.
  { pattern: /(?<=[\p{L}\p{N})»\]*_%…]) (?=[;?!])/gu, fix: () => NNBSP },
  { pattern: /(?<=[\p{L}\p{N})»\]*_%…]) (?=:(?![\p{L}\p{N}/]))/gu, fix: () => NBSP },
  { pattern: /(?<=\p{N}) (?=%)/gu, fix: () => NBSP },
  { pattern: /«[ \u202f]?(?=\S)/gu, fix: () => `«${NBSP}` },
  { pattern: /(?<=\S)[ \u202f]?»/gu, fix: () => `${NBSP}»` },
  // The typographic apostrophe in words (« l’audience », « aujourd’hui »).
  { pattern: /(?<=\p{L})'(?=\p{L})/gu, fix: () => '’' },
];

/** Lines that are code or table syntax are left alone. */
function isExempt(line: string): boolean {
  const trimmed = line.trim();
  return /^\|?\s*:?-{3,}/.test(trimmed) || trimmed.startsWith('```') || /^(import|export)\s/.test(trimmed);
}

/** In a YAML `key: value` line, only the value is text; returns where it starts. */
function textStart(line: string): number {
  const m = /^(\s*(?:-\s+)?[\w-]+:)(\s|$)/.exec(line);
  return m?.[1] ? m[1].length : 0;
}

function fixLine(line: string): string {
  const start = textStart(line);
  const text = rules.reduce((acc, rule) => acc.replace(rule.pattern, rule.fix), line.slice(start));
  return line.slice(0, start) + text;
}

export function frenchTypographyIssues(text: string): TypographyIssue[] {
  const issues: TypographyIssue[] = [];
  let offset = 0;
  let inFence = false;
  for (const line of text.split('\n')) {
    if (line.trim().startsWith('```')) inFence = !inFence;
    if (!inFence && !isExempt(line)) {
      const start = textStart(line);
      for (const rule of rules) {
        for (const m of line.slice(start).matchAll(rule.pattern)) {
          const expected = rule.fix(m[0]);
          if (m[0] !== expected) {
            issues.push({ index: offset + start + (m.index ?? 0), found: m[0], expected });
          }
        }
      }
    }
    offset += line.length + 1;
  }
  return issues;
}

export function fixFrenchTypography(text: string): string {
  let inFence = false;
  return text
    .split('\n')
    .map((line) => {
      if (line.trim().startsWith('```')) inFence = !inFence;
      if (inFence || isExempt(line)) return line;
      return fixLine(line);
    })
    .join('\n');
}
