import { cleanProfile, type Profile } from './profile';
import { rescore } from './recover';
import { cleanAttempt, currentAnswers, HISTORY_LIMIT, type Attempt, type SavedState } from './storage';
import { isObject } from './validate';
import { ANSWERS, isStoredAnswer, questionIds, type DimensionRef, type StoredAnswer } from './types';

/**
 * Export and import. The JSON export is the one thing the audit reads back from a file, so an
 * import is validated like any outside input: its size is checked before it is read, only known
 * fields are kept (history entries go through the same cleaner as a saved state), its scores are
 * recomputed from its answers rather than trusted, and every failure has a reason the page can
 * translate. Version 1 files (December 2026) are read too.
 */
export const EXPORT_FORMAT = 'smm-audit';
export const EXPORT_VERSION = 2;
/** Files larger than this are refused before they are read. */
export const MAX_IMPORT_BYTES = 512 * 1024;

export interface ExportData {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  answers: Record<string, StoredAnswer>;
  profile?: Profile;
  history: Attempt[];
}

export function exportJson(state: SavedState, now: Date): string {
  const data: ExportData = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    answers: currentAnswers(state),
    history: [...state.history],
  };
  const profile = cleanProfile(state.current.profile);
  if (profile) data.profile = profile;
  return `${JSON.stringify(data, null, 2)}\n`;
}

/** Whether a file is refused for its size alone (checked with `file.size`, before reading it). */
export function tooLargeToImport(bytes: number): boolean {
  return !Number.isFinite(bytes) || bytes > MAX_IMPORT_BYTES;
}

export type ImportError = 'too-large' | 'not-json' | 'not-audit' | 'version' | 'invalid';
export type ImportResult =
  | { ok: true; answers: Record<string, StoredAnswer>; profile?: Profile; history: Attempt[]; ignored: number }
  | { ok: false; error: ImportError };

/**
 * Reads an exported file. Answers to questions that no longer exist are ignored and counted;
 * an answer with an unknown value makes the whole file invalid (it was edited by hand).
 */
export function parseImport(text: string, dimensions: readonly DimensionRef[]): ImportResult {
  if (text.length > MAX_IMPORT_BYTES) return { ok: false, error: 'too-large' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: 'not-json' };
  }
  if (!isObject(data) || data['format'] !== EXPORT_FORMAT) return { ok: false, error: 'not-audit' };
  const version = data['version'];
  if (typeof version !== 'number') return { ok: false, error: 'invalid' };
  if (version !== 1 && version !== EXPORT_VERSION) return { ok: false, error: 'version' };
  const rawAnswers = data['answers'];
  const rawHistory = data['history'] ?? [];
  if (!isObject(rawAnswers) || !Array.isArray(rawHistory) || rawHistory.length > 200) {
    return { ok: false, error: 'invalid' };
  }
  const known = new Set(questionIds(dimensions));
  const answers: Record<string, StoredAnswer> = {};
  let ignored = 0;
  for (const [id, value] of Object.entries(rawAnswers)) {
    if (!isStoredAnswer(value)) return { ok: false, error: 'invalid' };
    if (known.has(id)) answers[id] = value;
    else ignored++;
  }
  const history: Attempt[] = [];
  for (const entry of rawHistory) {
    const attempt = cleanAttempt(entry, known);
    if (attempt === undefined) return { ok: false, error: 'invalid' };
    history.push(rescore(attempt, dimensions));
  }
  const result: ImportResult = { ok: true, answers, history: history.slice(-HISTORY_LIMIT), ignored };
  const profile = cleanProfile(data['profile']);
  if (profile) result.profile = profile;
  return result;
}

export { ANSWERS };
