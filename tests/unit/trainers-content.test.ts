/**
 * The trainers' page prose (content/trainers/{fr,en}.mdx): valid front matter, the same
 * structure in both languages (the same generated parts, in the same order, under the same
 * anchors), every snippet it names generated once, and each language's typography.
 */
import { load } from 'js-yaml';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { trainerSnippets } from '../../src/lib/embed/trainers';
import { useTranslations } from '../../src/lib/i18n';
import { termIssues } from '../../src/lib/content/terms';
import { englishTypographyIssues, frenchTypographyIssues } from '../../src/lib/typography';
import { TrainersPage } from '../../src/schemas/trainers';

const langs = ['fr', 'en'] as const;
const read = (lang: (typeof langs)[number]) => readFileSync(`content/trainers/${lang}.mdx`, 'utf8');

/** The page's skeleton: headings (level, and id where one is set), lists and components, in order. */
function skeleton(text: string): string[] {
  const body = text.replace(/^---\n[\s\S]*?\n---\n/, '');
  return [
    ...body.matchAll(
      /^(#{2,3}) |^<(h[23]) id="([^"]+)"|^<(ul|ol)>|^<li (data-choose="[^"]+")|^(<[A-Z]\w+)(?: name="([^"]+)")?|^(1)\. /gm,
    ),
  ].map((m) => m.slice(1).filter(Boolean).join(' '));
}

describe('the trainers’ page content', () => {
  for (const lang of langs) {
    it(`${lang}: front matter, typography and terms`, () => {
      const text = read(lang);
      const m = /^---\n([\s\S]*?)\n---\n/.exec(text);
      expect(TrainersPage.safeParse(load(m?.[1] ?? '')).success).toBe(true);
      const issues = lang === 'fr' ? frenchTypographyIssues(text) : englishTypographyIssues(text);
      expect(issues.map((i) => i.found)).toEqual([]);
      expect(termIssues(text, lang).map((i) => `${i.found} -> ${i.use}`)).toEqual([]);
      expect(text).not.toMatch(/\sstyle=/);
    });
  }

  it('has the same structure in both languages, and shows every generated snippet once', () => {
    const fr = skeleton(read('fr'));
    const en = skeleton(read('en'));
    expect(fr).toEqual(en);
    expect(fr).toContain('h3 scorm');
    expect(fr).toContain('h2 kpi-lesson');
    expect(fr.filter((s) => s.startsWith('<LessonTable'))).toHaveLength(1);
    expect(fr.filter((s) => s.startsWith('<WorksheetList'))).toHaveLength(1);
    const named = fr.filter((s) => s.startsWith('<Snippet')).map((s) => s.split(' ')[1]);
    const generated = Object.keys(trainerSnippets('https://example.org', 'fr', useTranslations('fr')));
    expect([...named].sort()).toEqual([...generated].sort());
  });

  it('generates its snippets from the KPI lesson, in each language', () => {
    for (const lang of langs) {
      const code = trainerSnippets('https://smm.example', lang, useTranslations(lang));
      expect(code.lesson).toContain(`src="https://smm.example/${lang}/embed/ctr/?`);
      expect(code.reveal).toContain('layout=slide');
      expect(code.reveal).toContain('Reveal.initialize({ width: 960, height: 540');
      expect(code.moodle).toContain(`<iframe src="https://smm.example/${lang}/embed/engagement-rate/`);
      expect(code.moodle).not.toContain('embed.js');
    }
  });
});
