/**
 * `npm run test:templates:libreoffice`: LibreOffice (Debian `libreoffice-calc`), an engine
 * independent of the writer, opens every template file, recalculates every formula and saves
 * the values; each must be what the site's own calculator gives. Kept out of `npm test`
 * (LibreOffice is large to install and takes about a minute to start and convert here).
 *
 * Besides the published files, the KPI tracking sheet is also written with twelve months of
 * awkward figures (zero and empty denominators, a fall, a loss, decimals, large numbers).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { computeKpi } from '../../src/lib/kpi/compute';
import type { Param } from '../../src/lib/kpi/definitions';
import { buildTemplate } from '../../src/lib/templates/build';
import { templateIds } from '../../src/lib/templates/ids';
import { columnLetter, type Template } from '../../src/lib/templates/model';
import { writeXlsx } from '../../src/lib/templates/xlsx';

const dir = resolve('.tmp/templates-libreoffice');
const ORIGIN = 'https://smm-guide.example.org';

/** Twelve months a calculator would also be given, including every "n/a" case. */
const awkward: Partial<Record<Param, number>>[] = [
  {
    start: 1180,
    end: 1240,
    reach: 2900,
    followers: 1240,
    engagements: 180,
    impressions: 9800,
    brand: 46,
    competitors: 212,
    clicks: 180,
    cost: 150,
    conversions: 9,
    revenue: 420,
    first: 850,
    last: 340,
    shares: 24,
  },
  {
    start: 500,
    end: 520,
    reach: 0,
    followers: 520,
    engagements: 12,
    impressions: 0,
    clicks: 0,
    cost: 40,
    conversions: 0,
    revenue: 0,
    first: 0,
    last: 0,
    shares: 0,
  },
  {
    start: 0,
    end: 35,
    reach: 300,
    followers: 35,
    engagements: 20,
    impressions: 600,
    brand: 0,
    competitors: 0,
    clicks: 6,
    cost: 0,
    conversions: 1,
    revenue: 25,
  },
  {
    start: 1000,
    end: 900,
    brand: 0,
    competitors: 50,
    clicks: 40,
    impressions: 4000,
    cost: 400,
    revenue: 100,
    conversions: 2,
  },
  { start: 2000, end: 2000, reach: 1, followers: 3, engagements: 7, impressions: 1, shares: 9 },
  { clicks: 7, impressions: 7, cost: 123.45, conversions: 9, revenue: 0.01 },
  {
    start: 12345678,
    end: 12400001,
    reach: 9876543,
    followers: 12400001,
    engagements: 123457,
    impressions: 98765432,
    clicks: 98765,
    cost: 45678.9,
    conversions: 1234,
    revenue: 99999.99,
  },
  { first: 1000, last: 1000, shares: 1, followers: 1 },
  { brand: 1, competitors: 2, start: 3, end: 1 },
  { engagements: 50 },
  {},
  { reach: 450, followers: 0, engagements: 30, impressions: 900, cost: 0.3, clicks: 1 },
];

/** Every template in both languages, plus the awkward KPI sheet. */
const templates: { name: string; template: Template }[] = [
  ...(['fr', 'en'] as const).flatMap((lang) =>
    templateIds.map((id) => ({ name: `${lang}-${id}`, template: buildTemplate(id, lang, ORIGIN) })),
  ),
  ...(['fr', 'en'] as const).map((lang) => ({
    name: `${lang}-awkward`,
    template: buildTemplate('kpi-tracking', lang, ORIGIN, { months: awkward }),
  })),
];

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else if (c !== '\r') field += c;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

const values = new Map<string, string[][]>();

beforeAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'in'), { recursive: true });
  for (const { name, template } of templates) writeFileSync(join(dir, 'in', `${name}.xlsx`), await writeXlsx(template));
  // A fresh LibreOffice profile that recalculates every formula on load instead of trusting the
  // values the file carries (LibreOffice's default for .xlsx is "never recalculate").
  mkdirSync(join(dir, 'profile', 'user'), { recursive: true });
  writeFileSync(
    join(dir, 'profile', 'user', 'registrymodifications.xcu'),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`,
  );
  const files = readdirSync(join(dir, 'in')).map((f) => join(dir, 'in', f));
  try {
    execFileSync(
      'soffice',
      [
        '--headless',
        '--norestore',
        `-env:UserInstallation=file://${join(dir, 'profile')}`,
        // CSV: comma, double quotes, UTF-8, raw (unformatted) values.
        '--convert-to',
        'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false',
        '--outdir',
        join(dir, 'out'),
        ...files,
      ],
      { stdio: 'pipe', timeout: 300_000 },
    );
  } catch (error) {
    throw new Error(
      `LibreOffice could not convert the files (is libreoffice-calc installed? apt-get install -y libreoffice-calc): ${String(error)}`,
      { cause: error },
    );
  }
  for (const { name } of templates) values.set(name, parseCsv(readFileSync(join(dir, 'out', `${name}.csv`), 'utf8')));
}, 360_000);

describe('LibreOffice recalculates every template to the site’s values', () => {
  for (const { name, template } of templates) {
    it(name, () => {
      const rows = values.get(name);
      if (!rows) throw new Error(`No output for ${name}`);
      const sheet = template.sheets[0];
      if (!sheet) throw new Error('No sheet');
      let checked = 0;
      sheet.rows.forEach((row, r) => {
        row.cells.forEach((cell, c) => {
          if (cell.kind !== 'formula') return;
          const ref = `${columnLetter(c)}${r + 1}`;
          const got = rows[r]?.[c] ?? '';
          if (typeof cell.cached === 'number') {
            expect(Number(got), `${ref}: ${cell.formula}`).toBeCloseTo(cell.cached, 9);
          } else {
            expect(got, `${ref}: ${cell.formula}`).toBe(cell.cached);
          }
          checked++;
        });
      });
      // The file opened: LibreOffice read the title and the labels.
      expect(rows[0]?.[0]).toBe(template.title);
      expect(checked > 0).toBe(['kpi-tracking', 'competitor-benchmark', 'monthly-report'].includes(template.id));
    });
  }

  it('the awkward months are the calculator’s results, "n/a" where it refuses a zero', () => {
    const rows = values.get('en-awkward') ?? [];
    const label = (text: string) => rows.findIndex((row) => row[0] === text);
    const ctr = rows[label('Click-through rate (CTR)')] ?? [];
    const cpc = rows[label('Cost per click (CPC)')] ?? [];
    const growth = rows[label('Audience growth rate')] ?? [];
    awkward.forEach((month, m) => {
      const expected = (id: 'ctr' | 'cpc' | 'audience-growth', params: Param[]) => {
        const figures = Object.fromEntries(params.map((p) => [p, month[p] ?? 0]));
        return computeKpi(id, figures).outputs[0]?.value ?? 'n/a';
      };
      for (const [cells, id, params] of [
        [ctr, 'ctr', ['clicks', 'impressions']],
        [cpc, 'cpc', ['cost', 'clicks']],
        [growth, 'audience-growth', ['start', 'end']],
      ] as const) {
        const want = expected(id, [...params]);
        const got = cells[m + 1] ?? '';
        if (typeof want === 'number') expect(Number(got), `${id} month ${m + 1}`).toBeCloseTo(want, 9);
        else expect(got, `${id} month ${m + 1}`).toBe(want);
      }
    });
  });
});
