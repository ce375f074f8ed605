/**
 * The summary the visitor downloads: one row per total (scope, KPI, basis, method, value, posts),
 * then the sums. Spreadsheets run a cell that starts with `=`, `+`, `-` or `@` as a formula (and
 * some a tab or carriage return): such a text gets a leading `'` (as the templates do), so that a
 * post titled `=HYPERLINK(…)` stays text.
 */
import type { Scope } from './summary';

export function defuse(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export interface ExportLabels {
  header: string[];
  scope: (scope: Scope) => string;
  kpi: (kpi: string) => string;
  basis: (basis: string | undefined) => string;
  method: (method: string) => string;
  sum: (name: string) => string;
  sumsMethod: string;
}

/** The rows of the summary: header, one row per total, one row per sum. */
export function summaryRows(scopes: readonly Scope[], labels: ExportLabels): (string | number)[][] {
  const rows: (string | number)[][] = [labels.header];
  for (const scope of scopes) {
    for (const total of scope.totals) {
      rows.push([
        labels.scope(scope),
        labels.kpi(total.kpi),
        labels.basis(total.basis),
        labels.method(total.method),
        total.value ?? '',
        total.posts,
      ]);
    }
    for (const [name, value] of Object.entries(scope.sums)) {
      rows.push([labels.scope(scope), labels.sum(name), '', labels.sumsMethod, value, scope.posts]);
    }
  }
  return rows;
}

/**
 * CSV text: French files use `;` and a decimal comma (what Excel expects in French), English ones
 * `,` and a point; every text cell defused and quoted when it must be. A byte order mark lets
 * Excel read UTF-8.
 */
export function toCsv(rows: readonly (string | number)[][], lang: 'fr' | 'en'): string {
  const sep = lang === 'fr' ? ';' : ',';
  const cell = (value: string | number) => {
    if (typeof value === 'number') return lang === 'fr' ? String(value).replace('.', ',') : String(value);
    const text = defuse(value);
    return /[";,\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return `\ufeff${rows.map((row) => row.map(cell).join(sep)).join('\r\n')}\r\n`;
}
