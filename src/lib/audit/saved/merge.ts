/** Two tabs, one save: how the stored state and a tab's own are merged. Pure. */
import { mergeHistory } from './changes';
import { STATE_VERSION, union, type Mark, type SavedState } from './state';

const later = (a: string, b: string) => (a > b ? a : b);

/**
 * One state from the stored one and the tab's own.
 *
 * - The attempt in progress: when one tab left it ("start again", an import), the other tab's
 *   copy yields to the new one. Otherwise both tabs hold the same audit in progress (even when
 *   they started it apart, before either saved): each answer by its own time (the tab's on a tie),
 *   the profile likewise, under the id of the one started first, at the tab's own step.
 * - History: every attempt of either, by id, the later finish of an attempt in both, none that
 *   either deleted.
 *
 * Idempotent, and the same in either order apart from the step and exact ties.
 */
export function mergeStates(stored: SavedState, local: SavedState): SavedState {
  const ended = union(stored.ended, local.ended);
  const removed = union(stored.removed, local.removed);
  const a = stored.current;
  const b = local.current;
  let current: SavedState['current'];
  if (a.id !== b.id && ended.includes(a.id) !== ended.includes(b.id)) {
    current = ended.includes(a.id) ? b : a;
  } else {
    const answers: Record<string, Mark> = { ...a.answers };
    for (const [id, mark] of Object.entries(b.answers)) {
      const other = answers[id];
      if (other === undefined || mark.at >= other.at) answers[id] = mark;
    }
    const first = a.startedAt < b.startedAt || (a.startedAt === b.startedAt && a.id < b.id) ? a : b;
    current = {
      id: first.id,
      answers,
      step: b.step,
      startedAt: first.startedAt,
      updatedAt: later(a.updatedAt, b.updatedAt),
    };
    const profile = a.profile && (!b.profile || a.profile.at > b.profile.at) ? a.profile : b.profile;
    if (profile) current.profile = profile;
  }
  return {
    version: STATE_VERSION,
    current,
    history: mergeHistory(stored.history, local.history, removed),
    removed,
    ended,
  };
}
