/**
 * The templates as a visitor gets them: the list page links each template's .xlsx file (a real
 * spreadsheet) and its printable page, and each printable page prints on A4 pages, across for
 * the wide tables, with no blank page. One visit per page, both languages; each visit also runs
 * the page walk's checks (tests/e2e/walk.ts), which the walk leaves to this test.
 */
import { inflateSync } from 'node:zlib';
import { useTranslations, type UiKey } from '../../src/lib/i18n';
import { templateIds } from '../../src/lib/templates/ids';
import { expect, expectNoProblems, preloadAxe, test } from './fixtures';
import { checkPage, DESKTOP, trackRequests } from './walk';

interface PdfPage {
  width: number;
  height: number;
  /** The page draws some text (a blank page draws none). */
  text: boolean;
}

/** The pages of a PDF printed by Chromium: size and whether anything is written on them. */
function pdfPages(pdf: Buffer): PdfPage[] {
  const raw = pdf.toString('latin1');
  const objects = new Map<string, string>();
  for (const m of raw.matchAll(/(\d+) 0 obj([\s\S]*?)endobj/g)) objects.set(m[1] ?? '', m[2] ?? '');
  const content = (id: string): string => {
    const body = objects.get(id) ?? '';
    const start = body.indexOf('stream');
    const end = body.lastIndexOf('endstream');
    if (start < 0 || end < 0) return '';
    const bytes = Buffer.from(body.slice(start + 6, end).replace(/^\r?\n/, ''), 'latin1');
    return /\/FlateDecode/.test(body.slice(0, start))
      ? inflateSync(bytes).toString('latin1')
      : bytes.toString('latin1');
  };
  return [...objects.values()]
    .filter((body) => /\/Type\s*\/Page\b/.test(body))
    .map((body) => {
      const box = /\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(body);
      const refs = [...(/\/Contents\s*(\[[^\]]*\]|\d+ 0 R)/.exec(body)?.[1] ?? '').matchAll(/(\d+) 0 R/g)].map(
        (m) => m[1] ?? '',
      );
      const drawn = refs.map(content).join('\n');
      return {
        width: Number(box?.[3] ?? 0) - Number(box?.[1] ?? 0),
        height: Number(box?.[4] ?? 0) - Number(box?.[2] ?? 0),
        text: /\bT[jJ]\b/.test(drawn),
      };
    });
}

/** A4 in PDF points (1/72 inch), with a point of tolerance for rounding. */
const A4 = { short: 595.3, long: 841.9 };
const landscape = new Set(['editorial-calendar', 'kpi-tracking', 'competitor-benchmark']);
/** The most pages each printable may take. */
const maxPages: Record<string, number> = {
  'editorial-calendar': 2,
  'kpi-tracking': 2,
  persona: 1,
  'competitor-benchmark': 1,
  'crisis-plan': 2,
  'monthly-report': 2,
};

for (const lang of ['fr', 'en'] as const) {
  const t = useTranslations(lang);

  test(`templates (${lang}): each listed with its spreadsheet and a printable page on A4 with no blank page`, async ({
    page,
    problems,
  }) => {
    test.setTimeout((templateIds.length + 1) * 15_000);
    await preloadAxe(page);
    await page.setViewportSize(DESKTOP);
    const inFlight = trackRequests(page);
    await checkPage(page, `/${lang}/templates/`, inFlight);
    for (const id of templateIds) {
      const section = page.locator(`[id="${id}"]`);
      await expect(section.getByRole('heading', { level: 2 })).toHaveText(t(`templates.${id}.title` as UiKey));
      const file = section.getByRole('link', {
        name: t('templates.downloadOf', { title: t(`templates.${id}.title` as UiKey) }),
      });
      await expect(file).toHaveAttribute('href', `/${lang}/templates/${id}.xlsx`);
      await expect(file).toHaveAttribute('download', '');
      const response = await page.request.get(`/${lang}/templates/${id}.xlsx`);
      expect(response.status()).toBe(200);
      const body = await response.body();
      // A zip archive (an .xlsx file), with its workbook inside.
      expect(body.subarray(0, 2).toString('latin1')).toBe('PK');
      expect(body.toString('latin1')).toContain('xl/workbook.xml');
    }
    expectNoProblems(problems);

    for (const id of templateIds) {
      await checkPage(page, `/${lang}/templates/${id}/`, inFlight);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(t(`templates.${id}.title` as UiKey));
      const pages = pdfPages(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
      expect(pages.length, `${id}: pages`).toBeGreaterThan(0);
      expect(pages.length, `${id}: pages`).toBeLessThanOrEqual(maxPages[id] ?? 1);
      for (const [n, p] of pages.entries()) {
        const [w, h] = landscape.has(id) ? [A4.long, A4.short] : [A4.short, A4.long];
        expect(Math.abs(p.width - w), `${id} page ${n + 1} width ${p.width}`).toBeLessThan(2);
        expect(Math.abs(p.height - h), `${id} page ${n + 1} height ${p.height}`).toBeLessThan(2);
        expect(p.text, `${id}: page ${n + 1} is blank`).toBe(true);
      }
    }
    expectNoProblems(problems);
  });
}
