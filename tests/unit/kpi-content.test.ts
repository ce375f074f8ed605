/**
 * One definition per KPI: the name and formula each calculator computes (src/lib/kpi and its
 * labels) are the ones the glossary, the chapter that teaches the KPI and the tool's explanation
 * state, in both languages. A learner who copies a formula from any of them gets the same answer.
 */
import { load } from 'js-yaml';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formulaText, glossaryIdOfKpi, normaliseSpaces } from '../../src/lib/content/formulas';
import { bases, kpiIds, kpis } from '../../src/lib/kpi/definitions';
import frKpi from '../../src/lib/i18n/fr/kpi';
import enKpi from '../../src/lib/i18n/en/kpi';
import { GlossaryEntry } from '../../src/schemas/glossary';

const read = (path: string) => readFileSync(path, 'utf8');
/** What a reader reads: link targets dropped, emphasis marks and tags removed, spaces plain. */
const readable = (text: string) =>
  normaliseSpaces(
    text
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/<[^>]+>/g, ' ')
      .replace(/[*_`]/g, ''),
  ).toLowerCase();

const glossary = (load(read('content/glossary.yaml')) as unknown[]).map((e) => GlossaryEntry.parse(e));
const chapterFile = (lang: string, slug: string) => {
  const file = readdirSync(`content/guide/${lang}`).find((f) => f.slice(3) === `${slug}.mdx`);
  if (!file) throw new Error(`no chapter ${slug}`);
  return read(`content/guide/${lang}/${file}`);
};
/** Awareness and engagement KPIs are taught in chapter 7, conversion and cost ones in chapter 8. */
const teachingChapter = (family: string) =>
  family === 'awareness' || family === 'engagement' ? 'awareness-engagement-kpis' : 'conversion-cost-kpis';
const names = { fr: frKpi as Record<string, string>, en: enKpi as Record<string, string> };

describe('each KPI is defined once', () => {
  it('renders formulas in words from the definitions', () => {
    expect(formulaText('fr', 'ctr')).toBe('clics ÷ impressions × 100');
    expect(formulaText('en', 'cpm')).toBe('spend ÷ impressions × 1,000');
    expect(formulaText('fr', 'engagement-rate', 'followers')).toBe('interactions ÷ abonnés × 100');
  });

  for (const lang of ['fr', 'en'] as const) {
    for (const id of kpiIds) {
      const def = kpis[id];
      const formulas = id === 'engagement-rate' ? bases.map((b) => formulaText(lang, id, b)) : [formulaText(lang, id)];
      const name = names[lang][`kpi.${id}.name`] ?? '';

      describe(`${lang} ${id}: ${formulas.join(' | ')}`, () => {
        it('the glossary gives the calculator’s name and formula', () => {
          const entry = glossary.find((e) => e.id === glossaryIdOfKpi[id]);
          expect(entry, `glossary entry ${glossaryIdOfKpi[id]}`).toBeDefined();
          const text = entry?.[lang];
          const base = (s: string) => normaliseSpaces(s.replace(/\s*\(.*\)\s*$/, '')).toLowerCase();
          expect(base(text?.term ?? '')).toBe(base(name));
          expect(readable(text?.definition ?? '')).toContain(formulas[0]?.toLowerCase());
        });

        it('the chapter that teaches it states the same formula', () => {
          const text = readable(chapterFile(lang, teachingChapter(def.family)));
          for (const formula of formulas) expect(text).toContain(formula.toLowerCase());
        });

        it('the tool’s explanation states the same formula', () => {
          const text = readable(read(`content/tools/${lang}/${id}.mdx`));
          for (const formula of formulas) expect(text).toContain(formula.toLowerCase());
        });
      });
    }
  }
});
