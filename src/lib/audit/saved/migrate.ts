/** Older saved states, upgraded to the current version. Pure. */
import { isAnswer } from '../types';
import { isInt, isObject, isTimestamp, type Obj } from '../validate';
import { cleanAnswerValues, cleanHistory } from './clean';
import { STATE_VERSION, type SavedState } from './state';

/**
 * A version 1 state (December 2026), upgraded: each answer gets the state's last update as its
 * time, the attempt and the history entries their start time as id.
 */
export function upgradeV1(data: Obj, known: ReadonlySet<string>): SavedState | undefined {
  const c = data['current'];
  const history = cleanHistory(data['history'], known);
  if (!isObject(c) || history === undefined) return undefined;
  const values = cleanAnswerValues(c['answers'], known);
  if (
    values === undefined ||
    Object.values(values).some((a) => !isAnswer(a)) ||
    !isInt(c['step'], 0, 1000) ||
    !isTimestamp(c['startedAt']) ||
    !isTimestamp(c['updatedAt'])
  ) {
    return undefined;
  }
  const at = c['updatedAt'];
  const answers = Object.fromEntries(Object.entries(values).map(([id, v]) => [id, { v, at }]));
  return {
    version: STATE_VERSION,
    current: { id: c['startedAt'], answers, step: c['step'], startedAt: c['startedAt'], updatedAt: at },
    history,
    removed: [],
    ended: [],
  };
}
