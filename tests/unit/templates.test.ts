/* eslint-disable max-lines -- a list of test cases over one feature, read one block at a time */
/**
 * The downloadable templates (src/lib/templates): formulas derived from the KPI definitions give
 * the calculators' results, and every .xlsx file, read back by a reader independent of ExcelJS
 * (./xlsx-reader.ts), has its sheets, headers, number formats, formula text and cached values,
 * in both languages. The recalculation by LibreOffice is `npm run test:templates:libreoffice`.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { useTranslations, type Locale, type UiKey } from '../../src/lib/i18n';
import { computeKpi } from '../../src/lib/kpi/compute';
import { kpiIds, kpis, type Basis, type KpiId, type Param } from '../../src/lib/kpi/definitions';
import { buildTemplate } from '../../src/lib/templates/build';
import { kpiFormula } from '../../src/lib/templates/formulas';
import { templateIds, type TemplateId } from '../../src/lib/templates/ids';
import { text } from '../../src/lib/templates/model';
import { printableBlocks } from '../../src/lib/templates/printable';
import { writeXlsx } from '../../src/lib/templates/xlsx';
import { evaluate, type Value } from './formula-engine';
import { readXlsx, type XSheet } from './xlsx-reader';

const ORIGIN = 'https://smm-guide.example.org';

/** Figures a small business would type, one set per KPI, with the result worked out by hand. */
const samples: { id: KpiId; basis?: Basis; values: Partial<Record<Param, number>>; expected: number }[] = [
  { id: 'audience-growth', values: { start: 1200, end: 1260 }, expected: 5 },
  { id: 'audience-growth', values: { start: 800, end: 760 }, expected: -5 },
  { id: 'reach-rate', values: { reach: 900, followers: 1200 }, expected: 75 },
  { id: 'share-of-voice', values: { brand: 120, competitors: 380 }, expected: 24 },
  { id: 'engagement-rate', basis: 'reach', values: { engagements: 45, reach: 900 }, expected: 5 },
  { id: 'engagement-rate', basis: 'followers', values: { engagements: 45, followers: 1500 }, expected: 3 },
  { id: 'engagement-rate', basis: 'impressions', values: { engagements: 45, impressions: 1800 }, expected: 2.5 },
  { id: 'amplification-rate', values: { shares: 12, followers: 1500 }, expected: 0.8 },
  { id: 'story-completion', values: { first: 400, last: 260 }, expected: 65 },
  { id: 'ctr', values: { clicks: 45, impressions: 1800 }, expected: 2.5 },
  { id: 'conversion-rate', values: { conversions: 6, clicks: 150 }, expected: 4 },
  { id: 'cpc', values: { cost: 90, clicks: 150 }, expected: 0.6 },
  { id: 'cpm', values: { cost: 36, impressions: 4800 }, expected: 7.5 },
  { id: 'cpa', values: { cost: 90, conversions: 6 }, expected: 15 },
  { id: 'roi', values: { revenue: 450, cost: 300 }, expected: 50 },
  { id: 'roi', values: { revenue: 150, cost: 300 }, expected: -50 },
];

/** Puts each input in a cell of row 2 (A2, B2, …) and returns the refs and the cell reader. */
function place(values: Partial<Record<Param, number>>, params: readonly Param[]) {
  const refs: Partial<Record<Param, string>> = {};
  const cells = new Map<string, Value>();
  params.forEach((param, index) => {
    const ref = `${String.fromCharCode(65 + index)}2`;
    refs[param] = ref;
    cells.set(ref, values[param] ?? null);
  });
  return { refs, cell: (ref: string) => cells.get(ref) ?? null };
}

describe('spreadsheet formulas derived from the KPI definitions', () => {
  it('are written with English function names, `,` separators and the site’s operators', () => {
    const { refs } = place({}, ['clicks', 'impressions']);
    expect(kpiFormula(kpis.ctr, refs, 'n/a')).toBe('IF(B2=0,"n/a",A2/B2*100)');
    const sov = place({}, ['brand', 'competitors']);
    expect(kpiFormula(kpis['share-of-voice'], sov.refs, 'n. d.')).toBe('IF((A2+B2)=0,"n. d.",A2/(A2+B2)*100)');
    expect(kpiFormula(kpis.cpm, place({}, ['cost', 'impressions']).refs, 'n/a')).toBe('IF(B2=0,"n/a",A2/B2*1000)');
  });

  for (const sample of samples) {
    it(`${sample.id}${sample.basis ? ` (${sample.basis})` : ''}: ${JSON.stringify(sample.values)} gives ${sample.expected}, as the calculator`, () => {
      const def = kpis[sample.id];
      const params = def.inputs.map((i) => i.param);
      const { refs, cell } = place(sample.values, params);
      const value = evaluate(kpiFormula(def, refs, 'n/a', sample.basis), cell);
      expect(value).toBeCloseTo(sample.expected, 10);
      const site = computeKpi(sample.id, sample.values).outputs.find((o) =>
        sample.basis ? o.basis === sample.basis : true,
      );
      expect(value).toBeCloseTo(site?.value ?? Number.NaN, 10);
    });
  }

  it('a zero or empty denominator shows "n/a", never an error, for every KPI and basis', () => {
    for (const id of kpiIds) {
      const def = kpis[id];
      const params = def.inputs.map((i) => i.param);
      for (const basis of id === 'engagement-rate' ? (['reach', 'followers', 'impressions'] as const) : [undefined]) {
        const empty = place({}, params);
        expect(evaluate(kpiFormula(def, empty.refs, 'n/a', basis), empty.cell), `${id} empty`).toBe('n/a');
        // Every input at 0 except the numerator-only ones: the denominator is 0.
        const zeros = place(Object.fromEntries(params.map((p) => [p, 0])), params);
        expect(evaluate(kpiFormula(def, zeros.refs, 'n. d.', basis), zeros.cell), `${id} zeros`).toBe('n. d.');
      }
    }
  });
});

describe('cells of user-facing text never become formulas', () => {
  it('a text starting with = + - @ gets a leading apostrophe; other texts are kept as written', () => {
    expect(text('=SUM(A1:A9)')).toEqual({ kind: 'text', text: "'=SUM(A1:A9)" });
    expect(text('+20 % d’abonnés')).toEqual({ kind: 'text', text: "'+20 % d’abonnés" });
    expect(text('-5 % de portée')).toEqual({ kind: 'text', text: "'-5 % de portée" });
    expect(text('@boulangerie')).toEqual({ kind: 'text', text: "'@boulangerie" });
    expect(text('Portée ÷ abonnés × 100')).toEqual({ kind: 'text', text: 'Portée ÷ abonnés × 100' });
    expect(text('−5 %', true)).toEqual({ kind: 'text', text: '−5 %', example: true });
  });
});

const files = new Map<string, { sheets: XSheet[]; files: Map<string, Buffer> }>();
const key = (lang: Locale, id: TemplateId) => `${lang}/${id}`;

beforeAll(async () => {
  for (const lang of ['fr', 'en'] as const) {
    for (const id of templateIds) files.set(key(lang, id), readXlsx(await writeXlsx(buildTemplate(id, lang, ORIGIN))));
  }
}, 60_000);

function file(lang: Locale, id: TemplateId) {
  const found = files.get(key(lang, id));
  if (!found) throw new Error(`No file ${lang}/${id}`);
  return found;
}

function only(lang: Locale, id: TemplateId): XSheet {
  const [sheet, ...rest] = file(lang, id).sheets;
  expect(rest).toEqual([]);
  if (!sheet) throw new Error(`No sheet in ${lang}/${id}`);
  return sheet;
}

/** The row number whose column A holds this label. */
function rowOf(sheet: XSheet, label: string): number {
  for (const cell of sheet.cells.values()) {
    if (cell.ref.startsWith('A') && /^A\d+$/.test(cell.ref) && cell.value === label) return Number(cell.ref.slice(1));
  }
  throw new Error(`No row "${label}" in ${sheet.name}`);
}

function rowTexts(sheet: XSheet, row: number): (string | number | null)[] {
  return [...sheet.cells.values()].filter((c) => c.ref.replace(/[A-Z]+/, '') === String(row)).map((c) => c.value);
}

describe('the .xlsx files', () => {
  it('open as spreadsheets: a workbook, one named sheet, A4 pages, the file recalculates on opening', () => {
    for (const lang of ['fr', 'en'] as const) {
      const t = useTranslations(lang);
      for (const id of templateIds) {
        const sheet = only(lang, id);
        expect(sheet.name).toBe(t(`templates.${id}.sheet` as UiKey));
        expect(sheet.paperSize, `${lang}/${id}`).toBe(9);
        expect(file(lang, id).files.get('xl/workbook.xml')?.toString()).toContain('fullCalcOnLoad="1"');
        // The title in A1, the template's "how to use" in A2.
        expect(sheet.cells.get('A1')?.value).toBe(t(`templates.${id}.title` as UiKey));
        expect(sheet.cells.get('A2')?.value).toBe(t(`templates.${id}.use` as UiKey));
      }
    }
  });

  it('the KPI sheet: French labels and months in the French file, English in the English one', () => {
    const fr = only('fr', 'kpi-tracking');
    const header = rowTexts(fr, rowOf(fr, 'Indicateur'));
    expect(header).toEqual([
      'Indicateur',
      'Janvier',
      'Février',
      'Mars',
      'Avril',
      'Mai',
      'Juin',
      'Juillet',
      'Août',
      'Septembre',
      'Octobre',
      'Novembre',
      'Décembre',
      'Formule',
    ]);
    expect(fr.frozen).toEqual({ columns: 1, rows: rowOf(fr, 'Indicateur') });
    const en = only('en', 'kpi-tracking');
    expect(rowTexts(en, rowOf(en, 'Indicator'))[1]).toBe('January');
    expect(rowOf(en, 'Click-through rate (CTR)')).toBe(rowOf(fr, 'Taux de clics (CTR)'));
  });

  it('the KPI sheet: CTR is clicks ÷ impressions × 100 for each month, with "n. d." / "n/a" on a zero denominator', () => {
    for (const [lang, ctr, clicks, impressions, na] of [
      ['fr', 'Taux de clics (CTR)', 'Clics', 'Impressions (nombre d’affichages)', 'n. d.'],
      ['en', 'Click-through rate (CTR)', 'Clicks', 'Impressions (number of displays)', 'n/a'],
    ] as const) {
      const sheet = only(lang, 'kpi-tracking');
      const row = rowOf(sheet, ctr);
      const c = rowOf(sheet, clicks);
      const i = rowOf(sheet, impressions);
      expect(sheet.cells.get(`B${row}`)?.formula).toBe(`IF(B${i}=0,"${na}",B${c}/B${i}*100)`);
      expect(sheet.cells.get(`M${row}`)?.formula).toBe(`IF(M${i}=0,"${na}",M${c}/M${i}*100)`);
      // January's example: 180 clicks for 9,800 impressions.
      expect(sheet.cells.get(`B${c}`)?.value).toBe(180);
      expect(sheet.cells.get(`B${i}`)?.value).toBe(9800);
      expect(sheet.cells.get(`B${row}`)?.value).toBeCloseTo((180 / 9800) * 100, 12);
      // March is empty: no error, the "not available" text.
      expect(sheet.cells.get(`D${row}`)?.value).toBe(na);
      expect(sheet.cells.get(`D${i}`)?.value ?? null).toBeNull();
    }
  });

  it('number formats follow the language: narrow no-break space before % in French, dates in each order', () => {
    const fr = only('fr', 'kpi-tracking');
    const en = only('en', 'kpi-tracking');
    const row = rowOf(fr, 'Taux de clics (CTR)');
    expect(fr.cells.get(`B${row}`)?.numFmt).toBe('0.00"\u202f%"');
    expect(en.cells.get(`B${row}`)?.numFmt).toBe('0.00"%"');
    expect(fr.cells.get(`B${rowOf(fr, 'Clics')}`)?.numFmt).toBe('#,##0');
    expect(fr.cells.get(`B${rowOf(fr, 'Dépense totale')}`)?.numFmt).toBe('#,##0.00');
    expect(fr.cells.get(`C${rowOf(fr, 'Coût par clic (CPC)')}`)?.numFmt).toBe('#,##0.00');
    const calendarFr = only('fr', 'editorial-calendar');
    const calendarEn = only('en', 'editorial-calendar');
    const first = rowOf(calendarFr, 'Date') + 1;
    expect(calendarFr.cells.get(`A${first}`)?.numFmt).toBe('dd/mm/yyyy');
    expect(calendarEn.cells.get(`A${first}`)?.numFmt).toBe('yyyy-mm-dd');
    // 12 January 2027 as a spreadsheet date serial (days since 1899-12-30).
    expect(calendarFr.cells.get(`A${first}`)?.value).toBe(46399);
    expect(calendarFr.cells.get(`A${first}`)?.italic).toBe(true);
  });

  it('the benchmark computes each account’s share of voice, and the shares add up to 100', () => {
    const sheet = only('fr', 'competitor-benchmark');
    const header = rowOf(sheet, 'Compte');
    expect(rowTexts(sheet, header)).toEqual([
      'Compte',
      'Réseaux',
      'Abonnés',
      'Interactions sur la période',
      'Taux d’engagement par abonnés',
      'Mentions sur la période',
      'Part de voix',
      'Forces',
      'Faiblesses',
    ]);
    const you = rowOf(sheet, 'Votre marque');
    expect(sheet.cells.get(`G${you}`)?.formula).toBe(
      `IF((F${you}+(SUM(F$${you}:F$${you + 4})-F${you}))=0,"n. d.",F${you}/(F${you}+(SUM(F$${you}:F$${you + 4})-F${you}))*100)`,
    );
    const mentions = [0, 1, 2, 3, 4].map((k) => Number(sheet.cells.get(`F${you + k}`)?.value));
    const shares = [0, 1, 2, 3, 4].map((k) => Number(sheet.cells.get(`G${you + k}`)?.value));
    const total = mentions.reduce((a, b) => a + b, 0);
    shares.forEach((share, k) => expect(share).toBeCloseTo(((mentions[k] ?? 0) / total) * 100, 10));
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 10);
    expect(sheet.cells.get(`F${rowOf(sheet, 'Total')}`)?.value).toBe(total);
  });

  it('every formula, recomputed by an engine independent of the writer, gives its cached value', () => {
    let checked = 0;
    for (const lang of ['fr', 'en'] as const) {
      for (const id of templateIds) {
        const sheet = only(lang, id);
        const read = (ref: string): Value => {
          const cell = sheet.cells.get(ref);
          if (!cell) return null;
          return cell.formula === undefined ? cell.value : evaluate(cell.formula, read);
        };
        for (const cell of sheet.cells.values()) {
          if (cell.formula === undefined) continue;
          // English names and `,` only: no French SI(…;…), no semicolons outside strings.
          expect(cell.formula.replace(/"[^"]*"/g, '')).toMatch(/^[A-Z0-9$():,+\-*/=.]+$/);
          const value = evaluate(cell.formula, read);
          if (typeof value === 'number') expect(cell.value, `${lang}/${id} ${cell.ref}`).toBeCloseTo(value, 9);
          else expect(cell.value, `${lang}/${id} ${cell.ref}`).toBe(value);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(400);
  });

  it('both languages are in step: the same cells hold formulas, the same formulas but for the n/a text', () => {
    for (const id of templateIds) {
      const fr = only('fr', id);
      const en = only('en', id);
      expect([...fr.cells.keys()]).toEqual([...en.cells.keys()]);
      for (const [ref, cell] of fr.cells) {
        expect(cell.formula?.replace(/"n\. d\."/g, '"n/a"'), `${id} ${ref}`).toBe(en.cells.get(ref)?.formula);
        expect(cell.numFmt.replace('\u202f%', '%').replace('dd/mm/yyyy', 'yyyy-mm-dd')).toBe(en.cells.get(ref)?.numFmt);
      }
    }
  });

  it('no text cell starts with = + - @ (it would turn into a formula when edited or exported)', () => {
    for (const [name, { sheets }] of files) {
      for (const sheet of sheets) {
        for (const cell of sheet.cells.values()) {
          if (cell.formula === undefined && typeof cell.value === 'string') {
            expect(cell.value, `${name} ${cell.ref}`).not.toMatch(/^[=+\-@\t\r]/);
          }
        }
      }
    }
  });

  it('French files follow French typography (no plain space before : ; ? ! %, apostrophes ’)', () => {
    for (const id of templateIds) {
      for (const cell of only('fr', id).cells.values()) {
        if (typeof cell.value !== 'string' || cell.value.startsWith('http')) continue;
        expect(cell.value, `${id} ${cell.ref}`).not.toMatch(/ [:;?!%»]|« |[A-Za-zÀ-ÿ]'[A-Za-zÀ-ÿ]/);
      }
    }
  });

  it('the editorial calendar offers its statuses as a drop-down list', () => {
    expect(only('fr', 'editorial-calendar').validations[0]).toBe('"Idée,En rédaction,Validé,Programmé,Publié"');
    expect(only('en', 'editorial-calendar').validations[0]).toBe('"Idea,Drafting,Approved,Scheduled,Published"');
  });
});

describe('the printable pages', () => {
  it('show the same tables as the files, with blank cells to fill instead of figures and formulas', () => {
    const template = buildTemplate('kpi-tracking', 'fr', ORIGIN);
    const blocks = template.sheets.flatMap(printableBlocks);
    const table = blocks.find((b) => b.kind === 'table');
    if (table?.kind !== 'table') throw new Error('No table');
    expect(table.header[0]).toBe('Indicateur');
    expect(table.columns).toBe(14);
    expect(table.rows.filter((r) => r.group !== undefined).map((r) => r.group)).toEqual([
      'Vos chiffres',
      'Indicateurs calculés',
    ]);
    const ctr = table.rows.find((r) => r.cells[0]?.text === 'Taux de clics (CTR)');
    expect(ctr?.cells[0]?.rowHeader).toBe(true);
    // January's example figure and formula are not printed: the reader writes them.
    expect(ctr?.cells[1]).toEqual({ text: '', example: false, rowHeader: false, fill: true });
    expect(ctr?.cells[13]?.text).toBe('clics ÷ impressions × 100');
  });

  it('keep example texts as a muted guide (persona) and every section of the crisis plan', () => {
    const persona = printableBlocks(buildTemplate('persona', 'en', ORIGIN).sheets[0] ?? ({ rows: [] } as never));
    const table = persona.find((b) => b.kind === 'table');
    if (table?.kind !== 'table') throw new Error('No table');
    expect(table.rows[0]?.cells.map((c) => [c.text, c.example, c.fill])).toEqual([
      ['First name and a line that sums them up', false, false],
      ['Sophie, “I want good bread without queueing”', true, false],
      ['', false, true],
    ]);
    const crisis = printableBlocks(buildTemplate('crisis-plan', 'fr', ORIGIN).sheets[0] ?? ({ rows: [] } as never));
    expect(crisis.filter((b) => b.kind === 'heading').map((b) => (b.kind === 'heading' ? b.text : ''))).toEqual([
      'Niveaux de gravité',
      'Équipe et contacts',
      'La première heure',
      'Message d’attente',
      'Après la crise',
    ]);
  });
});
