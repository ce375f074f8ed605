import { ANSWERS, type Answer, type Answers } from './types';

/**
 * Share-link codec. A link carries every answer, in question order, one character each, so
 * whoever opens it computes the same result with no server:
 *
 *   #r=1.<fingerprint>.<answers>      e.g. #r=1.1x0k2vq.yypn_u…
 *
 * `1` is the format version; `<fingerprint>` is a hash of the question ids in order, so a
 * link made before the questions changed is refused with a clear message instead of being
 * read wrongly. Answers: n = no, p = partly, y = yes, u = don't know, _ = not answered.
 * It lives in the fragment (after #), which browsers never send to a server.
 */
export const SHARE_PARAM = 'r';
export const SHARE_VERSION = 1;

const CODE: Record<Answer, string> = { no: 'n', partly: 'p', yes: 'y', unknown: 'u' };
const SKIPPED = '_';
const DECODE = new Map<string, Answer>(ANSWERS.map((a) => [CODE[a], a]));

/** FNV-1a 32-bit hash of the ids in order, in base 36. */
export function fingerprint(ids: readonly string[]): string {
  let hash = 0x811c9dc5;
  for (const ch of ids.join('|')) {
    hash ^= ch.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

export function encodeAnswers(ids: readonly string[], answers: Answers): string {
  const body = ids
    .map((id) => {
      const a = answers[id];
      return a === undefined ? SKIPPED : CODE[a];
    })
    .join('');
  return `${SHARE_VERSION}.${fingerprint(ids)}.${body}`;
}

export type DecodeError = 'malformed' | 'version' | 'outdated';
export type DecodeResult = { ok: true; answers: Answers } | { ok: false; error: DecodeError };

export function decodeAnswers(ids: readonly string[], code: string): DecodeResult {
  const parts = code.trim().split('.');
  if (parts.length !== 3) return { ok: false, error: 'malformed' };
  const [version, print, body] = parts as [string, string, string];
  if (!/^\d+$/.test(version)) return { ok: false, error: 'malformed' };
  if (Number(version) !== SHARE_VERSION) return { ok: false, error: 'version' };
  if (print !== fingerprint(ids) || body.length !== ids.length) {
    return { ok: false, error: /^[npyu_]*$/.test(body) ? 'outdated' : 'malformed' };
  }
  const answers: Answers = {};
  for (let i = 0; i < ids.length; i++) {
    const ch = body.charAt(i);
    if (ch === SKIPPED) continue;
    const answer = DECODE.get(ch);
    if (answer === undefined) return { ok: false, error: 'malformed' };
    answers[ids[i] as string] = answer;
  }
  return { ok: true, answers };
}

/** The fragment of a share link: `r=1.xxxx.yyyy`. */
export function shareFragment(ids: readonly string[], answers: Answers): string {
  return `${SHARE_PARAM}=${encodeAnswers(ids, answers)}`;
}

/**
 * Reads a location hash (`#r=...`). Returns undefined when there is no share code at all,
 * so that a page opened without one simply shows the visitor's own audit.
 */
export function readShareHash(ids: readonly string[], hash: string): DecodeResult | undefined {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const code = params.get(SHARE_PARAM);
  if (code === null) return undefined;
  return decodeAnswers(ids, code);
}
