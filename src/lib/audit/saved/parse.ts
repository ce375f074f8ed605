/** What a stored text means: empty, a state (upgraded if older), newer than this page, or unreadable. Pure. */
import { isObject } from '../validate';
import { cleanV2 } from './clean';
import { upgradeV1 } from './migrate';
import { STATE_VERSION, type SavedState, type SetAsideReason } from './state';

export type Parsed =
  | { kind: 'empty' }
  | { kind: 'ok'; state: SavedState }
  | { kind: 'newer'; raw: string }
  | { kind: 'set-aside'; reason: SetAsideReason; raw: string };

/** Pure part of loading: what a stored string means. */
export function parseSaved(raw: string | null, ids: readonly string[]): Parsed {
  if (raw === null) return { kind: 'empty' };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { kind: 'set-aside', reason: 'corrupted', raw };
  }
  if (!isObject(data) || data['version'] === undefined) return { kind: 'set-aside', reason: 'foreign', raw };
  const version = data['version'];
  if (typeof version === 'number' && version > STATE_VERSION) return { kind: 'newer', raw };
  if (version !== 1 && version !== STATE_VERSION) {
    return { kind: 'set-aside', reason: typeof version === 'number' && version < 1 ? 'old' : 'corrupted', raw };
  }
  const known = new Set(ids);
  const state = version === 1 ? upgradeV1(data, known) : cleanV2(data, known);
  return state === undefined ? { kind: 'set-aside', reason: 'corrupted', raw } : { kind: 'ok', state };
}
