/**
 * Typography rules the site holds itself to.
 * French: a no-break space before `:` and `%`, a narrow no-break space (U+202F) before `;`, `?`,
 * `!`, no-break spaces inside « », and the typographic apostrophe (’) in words.
 * Both languages: a number and the unit after it are joined by a no-break space (« 24 h »,
 * « 3 € », "51.5 M"), so that a narrow screen never puts the unit alone at the start of a line.
 * `frenchTypographyIssues` / `englishTypographyIssues` find breaches; the `fix…` functions mend them.
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

/**
 * Unit symbols that follow a number. Kept to symbols that cannot be ordinary words after a number
 * (no "s" or "m", which could be), so the rule never fires on prose.
 */
const unitSymbols = ['%', '€', 'h', 'min', 'ms', 'k€', 'M€', 'Md€', 'M', 'Md', 'px', 'Go', 'Mo', 'ko'] as const;

const unitPattern = new RegExp(
  `(?<=\\p{N}) (?=(?:${[...unitSymbols]
    .sort((a, b) => b.length - a.length)
    .map((u) => u.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|')})(?![\\p{L}\\p{N}]))`,
  'gu',
);

/** A plain space between a number and its unit: a no-break space instead. */
const unitRule: Rule = { pattern: unitPattern, fix: () => NBSP };

const rules: Rule[] = [
  // A plain space (or none) before a high punctuation sign that follows a word.
  { pattern: /(?<=[\p{L}\p{N})»\]*_%…]) (?=[;?!])/gu, fix: () => NNBSP },
  { pattern: /(?<=[\p{L}\p{N})»\]*_%…]) (?=:(?![\p{L}\p{N}/]))/gu, fix: () => NBSP },
  unitRule,
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

function fixLine(line: string, ruleSet: readonly Rule[]): string {
  const start = textStart(line);
  const text = ruleSet.reduce((acc, rule) => acc.replace(rule.pattern, rule.fix), line.slice(start));
  return line.slice(0, start) + text;
}

export function frenchTypographyIssues(text: string): TypographyIssue[] {
  return issuesOf(text, rules);
}

export function fixFrenchTypography(text: string): string {
  return fixWith(text, rules);
}

/** English text: only the number-and-unit rule (English puts no space before `:` or `%`). */
export function englishTypographyIssues(text: string): TypographyIssue[] {
  return issuesOf(text, [unitRule]);
}

export function fixEnglishTypography(text: string): string {
  return fixWith(text, [unitRule]);
}

function issuesOf(text: string, ruleSet: readonly Rule[]): TypographyIssue[] {
  const issues: TypographyIssue[] = [];
  let offset = 0;
  let inFence = false;
  for (const line of text.split('\n')) {
    if (line.trim().startsWith('```')) inFence = !inFence;
    if (!inFence && !isExempt(line)) {
      const start = textStart(line);
      for (const rule of ruleSet) {
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

function fixWith(text: string, ruleSet: readonly Rule[]): string {
  let inFence = false;
  return text
    .split('\n')
    .map((line) => {
      if (line.trim().startsWith('```')) inFence = !inFence;
      if (inFence || isExempt(line)) return line;
      return fixLine(line, ruleSet);
    })
    .join('\n');
}
