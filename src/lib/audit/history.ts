/**
 * The history of finished reports: deleting one, comparing the last two, and bringing in an
 * imported file by replacing the audit or merging with it, never adding the same report twice.
 */
import { cleanProfile, type Profile } from './profile';
import { mergeHistory, newAttempt, withAnswer, withStep, type Attempt, type SavedState } from './storage';
import type { StoredAnswer } from './types';

/** Deletes a report; its id is remembered so that another tab's copy does not bring it back. */
export function removeAttempt(state: SavedState, id: string): SavedState {
  if (!state.history.some((h) => h.id === id)) return state;
  return {
    ...state,
    history: state.history.filter((h) => h.id !== id),
    removed: state.removed.includes(id) ? state.removed : [...state.removed, id],
  };
}

export interface Comparison {
  /** Dimension rows both reports have, then the overall row (`id` = "overall"). */
  rows: { id: string; previous: number; latest: number; delta: number }[];
  latest: Attempt;
  previous: Attempt;
  /** Made with another profile type or another set of areas: compared on what they share. */
  differs: boolean;
}

/** The last two complete reports (partial ones are listed, never compared), or undefined. */
export function compareReports(history: readonly Attempt[], dimensionIds: readonly string[]): Comparison | undefined {
  const complete = history.filter((h) => h.partial !== true);
  const latest = complete.at(-1);
  const previous = complete.at(-2);
  if (latest === undefined || previous === undefined) return undefined;
  const shared = dimensionIds.filter((id) => id in latest.dimensions && id in previous.dimensions);
  const keys = (a: Attempt) => Object.keys(a.dimensions).sort().join(' ');
  const differs = keys(latest) !== keys(previous) || latest.profile?.type !== previous.profile?.type;
  const row = (id: string, p: number, l: number) => ({ id, previous: p, latest: l, delta: l - p });
  return {
    rows: [
      ...shared.map((id) => row(id, previous.dimensions[id] ?? 0, latest.dimensions[id] ?? 0)),
      row('overall', previous.percent, latest.percent),
    ],
    latest,
    previous,
    differs,
  };
}

/** What an import brings (see exchange.ts `parseImport`). */
export interface Imported {
  answers: Record<string, StoredAnswer>;
  profile?: Profile;
  history: Attempt[];
}

const sameAnswers = (a: Readonly<Record<string, StoredAnswer>>, b: Readonly<Record<string, StoredAnswer>>) => {
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => a[k] === b[k]);
};

/** Reports with the same finish time and answers are one report, whatever their ids. */
function withoutCopies(history: readonly Attempt[]): Attempt[] {
  const out: Attempt[] = [];
  for (const h of history)
    if (!out.some((o) => o.finishedAt === h.finishedAt && sameAnswers(o.answers, h.answers))) out.push(h);
  return out;
}

/**
 * Merge: the file's reports join the history (one entry per report); the audit in progress stays
 * as it is. Replace: the file becomes the audit, its reports the history; when its answers are
 * those of its last report, the audit continues that report instead of adding a copy of it.
 */
export function importInto(
  state: SavedState,
  data: Imported,
  mode: 'merge' | 'replace',
  now: Date,
  /** The step of the results (the number of areas): a replaced audit opens on its report. */
  resultsStep: number,
): SavedState {
  if (mode === 'merge') {
    return { ...state, history: withoutCopies(mergeHistory(state.history, data.history, state.removed)) };
  }
  const history = withoutCopies(mergeHistory([], data.history));
  let fresh = newAttempt({ ...state, history }, now);
  const last = history.at(-1);
  if (last !== undefined && sameAnswers(last.answers, data.answers)) {
    fresh = { ...fresh, current: { ...fresh.current, id: last.id, startedAt: last.startedAt } };
  }
  for (const [id, a] of Object.entries(data.answers)) fresh = withAnswer(fresh, id, a, now);
  const profile = cleanProfile(data.profile);
  if (profile) fresh = { ...fresh, current: { ...fresh.current, profile: { ...profile, at: now.toISOString() } } };
  return withStep(fresh, resultsStep, now);
}
