/**
 * The action plan in plain words: a small business owner reading an action (its title, then the
 * advice that fits the answer, then the first step) meets no marketing jargon unexplained. Each
 * term below, the first time it appears after the title, is followed by a short gloss in brackets
 * ("UTM parameters (tags added to a link that tell …)"); a term only in the title is explained
 * in the text under it. Checked for every question, every business type's wording and both
 * languages, with each answer's advice ("No"/"Partly": what to do; "I don't know": how to find out).
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { PROFILE_TYPES } from '../../src/lib/audit';
import { AuditDimension } from '../../src/schemas/audit';

const content = AuditDimension.array().parse(parse(readFileSync('content/audit.yaml', 'utf8')));

/** Terms a baker, a yoga teacher or an accountant may not know, as they are written in each language. */
const JARGON = {
  fr: [
    /double authentification|authentification à deux facteurs|\b2FA\b|\bA2F\b/i,
    /\bKPI\b/,
    /\bSMART\b/,
    /part de voix/i,
    /\bUTM\b/,
    /\bCTR\b|taux de clics?/i,
    /Google Business Profile|fiche d’établissement/i,
    /taux d’engagement/i,
    /\bportée\b/i,
    /\bpixel\b/i,
    /\bCRM\b/,
    /écoute sociale/i,
    /dénominateur/i,
    /\bbenchmark/i,
  ],
  en: [
    /two-factor|\b2FA\b|\bMFA\b/i,
    /\bKPIs?\b/,
    /\bSMART\b/,
    /share of voice/i,
    /\bUTM\b/,
    /\bCTR\b|click-through rate/i,
    /Google Business Profile/i,
    /engagement rate/i,
    /(?<!\b(?:you|to|we) )\breach\b/i,
    /\bpixel\b/i,
    /\bCRM\b/,
    /social listening/i,
    /denominator/i,
    /\bbenchmark/i,
    /\binsights\b/i,
  ],
} as const;

/** A gloss: an opening bracket right after the term, or after at most two words ("UTM parameters ("). */
const GLOSS = /^(?:[\s\u00a0]+[\p{L}’'-]+){0,2}[\s\u00a0]*\(/u;

interface Shown {
  where: string;
  title: string;
  body: string[];
}

/** Every action as the plan can show it. */
function actions(): Shown[] {
  const out: Shown[] = [];
  for (const d of content) {
    for (const q of d.questions) {
      for (const type of [undefined, ...PROFILE_TYPES]) {
        if (type !== undefined && !q.variants?.[type]) continue;
        for (const lang of ['fr', 'en'] as const) {
          const t = type === undefined ? q[lang] : (q.variants?.[type]?.[lang] ?? q[lang]);
          for (const [answer, lead] of [
            ['no/partly', t.advice],
            ['unknown', t.check],
          ] as const) {
            out.push({ where: `${q.id} ${type ?? 'any'} ${lang} ${answer}`, title: t.action, body: [lead, t.step] });
          }
        }
      }
    }
  }
  return out;
}

/** The terms of this action that are not explained where they first appear. */
function unexplained(a: Shown, lang: 'fr' | 'en'): string[] {
  const missing: string[] = [];
  const body = a.body.join(' ');
  for (const term of JARGON[lang]) {
    const inTitle = term.exec(a.title);
    const m = term.exec(body);
    if (m === null) {
      if (inTitle !== null) missing.push(`${inTitle[0]} (title only)`);
      continue;
    }
    if (!GLOSS.test(body.slice(m.index + m[0].length))) missing.push(m[0]);
  }
  return missing;
}

describe('jargon is explained where it appears in the action plan', () => {
  const all = actions();

  it('covers every question in both languages', () => {
    const ids = new Set(content.flatMap((d) => d.questions.map((q) => q.id)));
    expect(new Set(all.map((a) => a.where.split(' ')[0]))).toEqual(ids);
    expect(all.filter((a) => a.where.includes(' fr ')).length).toBe(all.filter((a) => a.where.includes(' en ')).length);
  });

  it('the check itself catches a bare term and accepts a gloss', () => {
    const bare = { where: 'x', title: 'Track your links', body: ['Add UTM parameters to your links.', 'Do it.'] };
    const glossed = {
      where: 'x',
      title: 'Track your links',
      body: ['Add UTM parameters (tags that tell where a visit came from) to your links.', 'UTM again.'],
    };
    const titleOnly = { where: 'x', title: 'Write your SMART goals', body: ['Write one goal.', 'Do it.'] };
    expect(unexplained(bare, 'en')).toEqual(['UTM']);
    expect(unexplained(glossed, 'en')).toEqual([]);
    expect(unexplained(titleOnly, 'en')).toEqual(['SMART (title only)']);
  });

  for (const lang of ['fr', 'en'] as const) {
    it(`no action leaves a term unexplained (${lang})`, () => {
      const found = all
        .filter((a) => a.where.includes(` ${lang} `))
        .map((a) => ({ where: a.where, missing: unexplained(a, lang) }))
        .filter((r) => r.missing.length > 0);
      expect(found).toEqual([]);
    });
  }
});
