/**
 * One term per concept and language: the word the site uses, and the variants it does not.
 * The content test fails when a banned variant appears in the guide, the glossary, the tool
 * explanations or the calculators' labels; docs/CONTENT.md lists the same table for authors.
 */
import { termRules } from '../i18n/languages/terms';
import type { Locale } from '../i18n/locales';

export interface TermRule {
  /** The concept, in plain English (for messages). */
  concept: string;
  /** The term to use. */
  use: string;
  /** Variants that must not appear (matched as whole words, case-insensitive). */
  banned: readonly RegExp[];
  /** A variant allowed once per file, in parentheses (the English word beside the French one). */
  allowedOnce?: RegExp;
}

/** Each language's rules, from its folder (`src/lib/i18n/<lang>/terms.ts`). */
export { termRules };

export interface TermIssue {
  concept: string;
  use: string;
  found: string;
  index: number;
}

/**
 * Banned variants in a text. URLs and link targets are skipped (a slug may say `likes`), and so
 * is the first parenthesised English word where a rule allows it once.
 */
export function termIssues(text: string, lang: Locale): TermIssue[] {
  // Blank out link targets, URLs and HTML attributes so that only words a reader sees are checked.
  const visible = text
    .replace(/\]\([^)]*\)/g, (m) => ' '.repeat(m.length))
    .replace(/https?:\/\/\S+/g, (m) => ' '.repeat(m.length))
    .replace(/\b(?:href|src|id|class)="[^"]*"/g, (m) => ' '.repeat(m.length))
    // A YAML list of ids (a chapter's `terms`, `tools`) holds identifiers, not words.
    .replace(/^\s+- [a-z0-9-]+$/gm, (m) => ' '.repeat(m.length));
  const issues: TermIssue[] = [];
  for (const rule of termRules[lang]) {
    let skipped = rule.allowedOnce ? visible.search(rule.allowedOnce) : -1;
    for (const banned of rule.banned) {
      const global = new RegExp(banned.source, banned.flags.includes('g') ? banned.flags : `${banned.flags}g`);
      for (const m of visible.matchAll(global)) {
        const index = m.index ?? 0;
        if (skipped >= 0 && index >= skipped && index < skipped + 40) {
          skipped = -1;
          continue;
        }
        issues.push({ concept: rule.concept, use: rule.use, found: m[0], index });
      }
    }
  }
  return issues.sort((a, b) => a.index - b.index);
}
