/**
 * The built templates: every `/{lang}/templates/{id}.xlsx` is in the build and opens with its
 * sheet in the page's language; `/{lang}/templates/` has an anchor per template and links to
 * both versions; each printable page exists. (The files' contents: tests/unit/templates.test.ts.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTranslations, type UiKey } from '../../src/lib/i18n';
import { templateIds } from '../../src/lib/templates/ids';
import { readXlsx } from '../unit/xlsx-reader';
import { attributeValues, builtPages, distDir } from './dist';

const pages = builtPages();

describe('templates in the build', () => {
  for (const lang of ['fr', 'en'] as const) {
    const t = useTranslations(lang);
    it(`/${lang}/templates/ lists the six templates, each with its anchor, its .xlsx and its printable page`, () => {
      const page = pages.find((p) => p.path === `/${lang}/templates/`);
      if (!page) throw new Error(`No /${lang}/templates/ page`);
      const ids = attributeValues(page.html, 'id');
      const hrefs = attributeValues(page.html, 'href');
      for (const id of templateIds) {
        expect(ids).toContain(id);
        expect(hrefs).toContain(`/${lang}/templates/${id}.xlsx`);
        expect(hrefs).toContain(`/${lang}/templates/${id}/`);
        expect(pages.some((p) => p.path === `/${lang}/templates/${id}/`)).toBe(true);
      }
    });

    it(`every /${lang}/templates/{id}.xlsx opens, titled and labelled in ${lang}`, () => {
      for (const id of templateIds) {
        const { sheets } = readXlsx(readFileSync(join(distDir, lang, 'templates', `${id}.xlsx`)));
        expect(sheets.map((s) => s.name)).toEqual([t(`templates.${id}.sheet` as UiKey)]);
        expect(sheets[0]?.cells.get('A1')?.value).toBe(t(`templates.${id}.title` as UiKey));
      }
    });
  }

  it('no script of the site carries the spreadsheet writer, but the dashboard’s worker, on demand', () => {
    // ExcelJS writes the templates in the build; in the browser only the dashboard's file worker
    // (src/lib/dashboard/read.worker.ts) imports it, when a visitor reads or exports an XLSX file.
    const scripts = readdirSync(join(distDir, '_astro')).filter((name) => name.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    for (const name of scripts) {
      if (/^(exceljs\.min|read\.worker)[.-]/.test(name)) continue;
      const code = readFileSync(join(distDir, '_astro', name), 'utf8');
      expect(code, name).not.toMatch(/exceljs|sharedStrings\.xml|xl\/workbook/i);
    }
  });
});
