import { levelOf, type AuditScore, type Level } from './scoring';
import { HISTORY_LIMIT, isAttempt, type Attempt } from './storage';
import { isObject } from './validate';
import { ANSWERS, isAnswer, POINTS, type Answer, type Answers } from './types';

/**
 * Export and import. The JSON export is the one thing the audit reads back from a file, so
 * an import is validated like any outside input and every failure has a reason the page
 * can translate.
 */
export const EXPORT_FORMAT = 'smm-audit';
export const EXPORT_VERSION = 1;
/** Files larger than this are refused before parsing. */
export const MAX_IMPORT_BYTES = 512 * 1024;

export interface ExportData {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  answers: Answers;
  history: Attempt[];
}

export function exportJson(answers: Answers, history: readonly Attempt[], now: Date): string {
  const data: ExportData = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    answers,
    history: [...history],
  };
  return `${JSON.stringify(data, null, 2)}\n`;
}

export type ImportError = 'too-large' | 'not-json' | 'not-audit' | 'version' | 'invalid';
export type ImportResult =
  { ok: true; answers: Answers; history: Attempt[]; ignored: number } | { ok: false; error: ImportError };

/**
 * Reads an exported file. Answers to questions that no longer exist are ignored and counted;
 * an answer with an unknown value makes the whole file invalid (it was edited by hand).
 */
export function parseImport(text: string, ids: readonly string[]): ImportResult {
  if (text.length > MAX_IMPORT_BYTES) return { ok: false, error: 'too-large' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: 'not-json' };
  }
  if (!isObject(data) || data['format'] !== EXPORT_FORMAT) return { ok: false, error: 'not-audit' };
  if (typeof data['version'] !== 'number') return { ok: false, error: 'invalid' };
  if (data['version'] !== EXPORT_VERSION) return { ok: false, error: 'version' };
  const rawAnswers = data['answers'];
  const rawHistory = data['history'] ?? [];
  if (!isObject(rawAnswers) || !Array.isArray(rawHistory)) return { ok: false, error: 'invalid' };
  const known = new Set(ids);
  const answers: Answers = {};
  let ignored = 0;
  for (const [id, value] of Object.entries(rawAnswers)) {
    if (!isAnswer(value)) return { ok: false, error: 'invalid' };
    if (known.has(id)) answers[id] = value;
    else ignored++;
  }
  const history: Attempt[] = [];
  for (const entry of rawHistory) {
    if (!isAttempt(entry)) return { ok: false, error: 'invalid' };
    history.push({
      ...entry,
      answers: Object.fromEntries(Object.entries(entry.answers).filter(([id]) => known.has(id))),
    });
  }
  return { ok: true, answers, history: history.slice(-HISTORY_LIMIT), ignored };
}

/** Texts the CSV needs, in the visitor's language. */
export interface CsvLabels {
  header: [string, string, string, string, string, string];
  answers: Record<Answer | 'skipped', string>;
  levels: Record<Level, string>;
  overall: string;
}

export interface CsvDimension {
  id: string;
  title: string;
  questions: readonly { id: string; weight: number; question: string }[];
}

/** One CSV field: quoted when needed, and defused when it could be read as a formula. */
export function csvField(value: string | number): string {
  let s = String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * Answers and scores as CSV: one row per question (dimension, question, answer, points,
 * weight, score of the dimension), then one row per dimension and the overall score.
 */
export function exportCsv(
  dimensions: readonly CsvDimension[],
  answers: Answers,
  score: AuditScore,
  labels: CsvLabels,
): string {
  const rows: (string | number)[][] = [labels.header];
  for (const dimension of dimensions) {
    const dScore = score.dimensions.find((d) => d.id === dimension.id);
    const percent = dScore === undefined ? '' : Math.round(dScore.percent);
    for (const q of dimension.questions) {
      const answer = answers[q.id];
      rows.push([
        dimension.title,
        q.question,
        labels.answers[answer ?? 'skipped'],
        answer === undefined ? 0 : POINTS[answer],
        q.weight,
        percent,
      ]);
    }
  }
  for (const d of score.dimensions) {
    const title = dimensions.find((x) => x.id === d.id)?.title ?? d.id;
    rows.push([title, labels.levels[d.level], '', d.points, d.max, Math.round(d.percent)]);
  }
  rows.push([
    labels.overall,
    labels.levels[levelOf(score.percent)],
    '',
    score.points,
    score.max,
    Math.round(score.percent),
  ]);
  return `${rows.map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}

export { ANSWERS };
