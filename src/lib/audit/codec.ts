import { cleanProfile, profileParams, type Profile } from './profile';
import { QUESTION_SETS } from './question-sets';
import { ANSWERS, NOT_APPLICABLE, scoredAnswers, type Answer, type Answers, type StoredAnswer } from './types';

/**
 * Share-link codec. A link carries every answer, in question order, one character each, so
 * whoever opens it computes the same result with no server:
 *
 *   #r=1.<fingerprint>.<answers>                       e.g. #r=1.dt75ue.yypn_u…
 *   #r=2.<fingerprint>.<answers>&type=local&networks=instagram,facebook&hours=3&goal=loyalty
 *
 * `1` or `2` is the format version; `<fingerprint>` is a hash of the question ids in order. A link
 * made with an earlier question list is read with that list (question-sets.ts), keeping the
 * answers to questions that still exist; an unknown fingerprint is refused with a clear message
 * instead of being read wrongly. Answers: n = no, p = partly, y = yes, u = don't know,
 * x = not applicable (version 2), _ = not answered. Version 2 adds `x` and the business profile
 * (the contract's `type`, `networks`, `hours`, `goal` params, after the code). A link that needs
 * neither is still written as version 1, which every version of the site reads.
 * It lives in the fragment (after #), which browsers never send to a server. The audit's date
 * (`&date=YYYY-MM-DD`, optional) is written and read by share-date.ts, apart, and ignored here.
 */
export const SHARE_PARAM = 'r';
export const SHARE_VERSION = 2;

const CODE: Record<StoredAnswer, string> = { no: 'n', partly: 'p', yes: 'y', unknown: 'u', na: 'x' };
const SKIPPED = '_';
const ALL: readonly StoredAnswer[] = [...ANSWERS, NOT_APPLICABLE];
const DECODE = new Map<string, StoredAnswer>(ALL.map((a) => [CODE[a], a]));

/** FNV-1a 32-bit hash of the ids in order, in base 36. */
export function fingerprint(ids: readonly string[]): string {
  let hash = 0x811c9dc5;
  for (const ch of ids.join('|')) {
    hash ^= ch.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

export function encodeAnswers(ids: readonly string[], answers: Readonly<Record<string, StoredAnswer>>): string {
  const body = ids
    .map((id) => {
      const a = answers[id];
      return a === undefined ? SKIPPED : CODE[a];
    })
    .join('');
  const version = body.includes(CODE.na) ? 2 : 1;
  return `${version}.${fingerprint(ids)}.${body}`;
}

export type DecodeError = 'malformed' | 'version' | 'outdated';
export interface Decoded {
  ok: true;
  /** Answers to score (not applicable left out). */
  answers: Answers;
  /** Every answer, "not applicable" included. */
  stored: Record<string, StoredAnswer>;
  profile?: Profile;
  /** The questions of the older list the link was made with: its score is read over them. */
  questions?: readonly string[];
}
export type DecodeResult = Decoded | { ok: false; error: DecodeError };

export function decodeAnswers(ids: readonly string[], code: string): DecodeResult {
  const parts = code.trim().split('.');
  if (parts.length !== 3) return { ok: false, error: 'malformed' };
  const [version, print, body] = parts as [string, string, string];
  if (!/^\d{1,6}$/.test(version)) return { ok: false, error: 'malformed' };
  const v = Number(version);
  if (v < 1 || v > SHARE_VERSION) return { ok: false, error: 'version' };
  const valid = v === 1 ? /^[npyu_]*$/ : /^[npyux_]*$/;
  if (!valid.test(body)) return { ok: false, error: 'malformed' };
  // The current list, or the one an older link was made with; a length that does not fit it is a
  // link cut short or made with a list this version never had: "outdated", as before.
  const list =
    print === fingerprint(ids) ? ids : Object.hasOwn(QUESTION_SETS, print) ? QUESTION_SETS[print] : undefined;
  if (list === undefined || body.length !== list.length) return { ok: false, error: 'outdated' };
  const known = new Set(ids);
  const stored: Record<string, StoredAnswer> = {};
  for (let i = 0; i < list.length; i++) {
    const answer = DECODE.get(body.charAt(i));
    const id = list[i] as string;
    if (answer !== undefined && known.has(id)) stored[id] = answer;
  }
  const answers = scoredAnswers(stored);
  return list === ids ? { ok: true, answers, stored } : { ok: true, answers, stored, questions: list };
}

/** The fragment of a share link: `r=1.xxxx.yyyy`, then the profile's params if there is one. */
export function shareFragment(
  ids: readonly string[],
  answers: Readonly<Record<string, StoredAnswer>>,
  profile?: Profile,
): string {
  const extra = profileParams(cleanProfile(profile));
  let code = encodeAnswers(ids, answers);
  if (extra.length > 0) code = `2${code.slice(code.indexOf('.'))}`;
  const params = new URLSearchParams([[SHARE_PARAM, code], ...extra]);
  return params.toString().replace(/%2C/g, ',');
}

/**
 * Reads a location hash (`#r=...`). Returns undefined when there is no share code at all,
 * so that a page opened without one simply shows the visitor's own audit.
 */
export function readShareHash(ids: readonly string[], hash: string): DecodeResult | undefined {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const code = params.get(SHARE_PARAM);
  if (code === null) return undefined;
  const result = decodeAnswers(ids, code);
  if (!result.ok || !code.trim().startsWith('2.')) return result;
  const profile = cleanProfile(params);
  return profile === undefined ? result : { ...result, profile };
}

export type { Answer };
