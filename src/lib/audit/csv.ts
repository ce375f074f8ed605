/**
 * The CSV export, written so that a spreadsheet opens it as columns in the visitor's language:
 * French: a BOM (so Excel reads UTF-8), `;` between fields, decimal commas; English: `,` and `.`;
 * both: CRLF line ends, ISO dates (YYYY-MM-DD), no thousands separator (Excel reads `1 234` with a
 * narrow no-break space as text), detail rows, a blank line, then the summary rows. A text cell
 * that starts with `=`, `+`, `-` or `@` gets a leading `'` so that it is never run as a formula.
 */
import { levelOf, type AuditScore, type Level } from './scoring';
import { NOT_APPLICABLE, POINTS, type Answer, type StoredAnswer } from './types';
import { dayOf } from '../days';

export interface CsvLabels {
  /** Date, row kind, area, question, answer, points, weight or maximum, score (%). */
  header: readonly [string, string, string, string, string, string, string, string];
  /** The row kinds: detail (one question) and summary (an area, the whole audit). */
  detail: string;
  summary: string;
  answers: Record<Answer | 'na' | 'skipped', string>;
  levels: Record<Level, string>;
  overall: string;
}

export interface CsvDimension {
  id: string;
  title: string;
  questions: readonly { id: string; weight: number; question: string }[];
}

const FORMAT = {
  fr: { separator: ';', decimal: ',' },
  en: { separator: ',', decimal: '.' },
} as const;
export type CsvLocale = keyof typeof FORMAT;

/** A text cell: defused when it could be read as a formula, quoted when needed. */
export function csvText(value: string, separator: string): string {
  const s = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return s.includes(separator) || /["\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A number cell: at most one decimal, the locale's decimal mark, no thousands separator. */
export function csvNumber(value: number, decimal: string): string {
  return String(Math.round(value * 10) / 10).replace('.', decimal);
}

export function exportCsv(
  dimensions: readonly CsvDimension[],
  answers: Readonly<Record<string, StoredAnswer>>,
  score: AuditScore,
  labels: CsvLabels,
  options: { lang: CsvLocale; date: Date },
): string {
  const { separator, decimal } = FORMAT[options.lang];
  // The visitor's day (at 00:30 in Paris, the UTC day is still the day before).
  const date = dayOf(options.date) ?? '';
  const line = (cells: readonly (string | number)[]) =>
    cells.map((c) => (typeof c === 'number' ? csvNumber(c, decimal) : csvText(c, separator))).join(separator);
  const detail: string[] = [];
  for (const d of dimensions) {
    const percent = score.dimensions.find((x) => x.id === d.id)?.percent;
    for (const q of d.questions) {
      const a = answers[q.id];
      const points = a === undefined || a === NOT_APPLICABLE ? 0 : POINTS[a];
      detail.push(
        line([
          date,
          labels.detail,
          d.title,
          q.question,
          labels.answers[a ?? 'skipped'],
          points,
          q.weight,
          percent ?? '',
        ]),
      );
    }
  }
  const summary = score.dimensions.map((s) =>
    line([
      date,
      labels.summary,
      dimensions.find((x) => x.id === s.id)?.title ?? s.id,
      labels.levels[s.level],
      '',
      s.points,
      s.max,
      s.percent,
    ]),
  );
  summary.push(
    line([
      date,
      labels.summary,
      labels.overall,
      labels.levels[levelOf(score.percent)],
      '',
      score.points,
      score.max,
      score.percent,
    ]),
  );
  const bom = options.lang === 'fr' ? '\ufeff' : '';
  return `${bom}${[line(labels.header), ...detail, '', ...summary].join('\r\n')}\r\n`;
}
