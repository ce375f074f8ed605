/**
 * The rules of the host-page script (/embed.js, docs/CONTRACT.md "Embedding"), as pure
 * functions: a message is acted upon only when it comes from the site's origin, from one of the
 * site's own embed frames in the page, and has the right shape. The script itself
 * (host-script.ts) is built from these into /embed.js (src/build/embed-script.mjs);
 * tests/unit/embed-host.test.ts runs one table of messages, hostile ones included, through the
 * rules and through the built script.
 */
import { locales } from '../i18n/locales';
import type { ResultDetail } from './events';
import { FORWARDED_KEYS, type ForwardedKey } from './keys';

const MIN_HEIGHT = 100;
const MAX_HEIGHT = 5000;

const EMBED_PATH = new RegExp(`^/(${locales.join('|')})/embed/[a-z][a-z0-9-]*/$`);
const TOOL = /^[a-z][a-z0-9-]{0,39}$/;
const MAX_INPUTS = 50;
const MAX_INPUT = 1000;

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The height of a `smm:resize` message, or null: only finite numbers from 100 to 5,000 px. */
export function readResize(data: unknown): number | null {
  if (!isRecord(data) || data['type'] !== 'smm:resize') return null;
  const height = data['height'];
  if (typeof height !== 'number' || !Number.isFinite(height)) return null;
  if (height < MIN_HEIGHT || height > MAX_HEIGHT) return null;
  return Math.ceil(height);
}

/** The detail of a `smm:result` message, or null when anything in it is out of shape. */
export function readResult(data: unknown): ResultDetail | null {
  if (!isRecord(data) || data['type'] !== 'smm:result') return null;
  const { tool, value, inputs } = data;
  if (typeof tool !== 'string' || !TOOL.test(tool)) return null;
  if (value !== null && (typeof value !== 'number' || !Number.isFinite(value))) return null;
  if (!isRecord(inputs)) return null;
  const entries = Object.entries(inputs);
  if (entries.length > MAX_INPUTS) return null;
  const clean: Record<string, string> = {};
  for (const [name, text] of entries) {
    if (!TOOL.test(name) || typeof text !== 'string' || text.length > MAX_INPUT) return null;
    clean[name] = text;
  }
  return { tool, value, inputs: clean };
}

/** The key of a `smm:key` message (PageUp, PageDown or Escape), or null. */
function readKey(data: unknown): ForwardedKey | null {
  if (!isRecord(data) || data['type'] !== 'smm:key') return null;
  const key = data['key'];
  return typeof key === 'string' && (FORWARDED_KEYS as readonly string[]).includes(key) ? (key as ForwardedKey) : null;
}

/**
 * The `data-max-height` of a frame, in px, or null when absent or not a number in the accepted
 * range: beyond it the frame keeps that height and scrolls inside.
 */
export function readMaxHeight(attribute: string | null | undefined): number | null {
  if (attribute === null || attribute === undefined || !/^\s*\d+(\.\d+)?\s*$/.test(attribute)) return null;
  const value = Number(attribute);
  return value >= MIN_HEIGHT && value <= MAX_HEIGHT ? Math.floor(value) : null;
}

/** Whether a frame address is one of the site's embeds (`{origin}/{lang}/embed/{tool}/`). */
export function isEmbedSrc(src: string, siteOrigin: string): boolean {
  try {
    const url = new URL(src);
    return url.origin === siteOrigin && EMBED_PATH.test(url.pathname);
  } catch {
    return false;
  }
}

export interface FrameLike {
  src: string;
  contentWindow: unknown;
}

/** The site's frame whose window sent a message, or null. */
function findFrame<T extends FrameLike>(frames: Iterable<T>, source: unknown, siteOrigin: string): T | null {
  if (source === null || source === undefined) return null;
  for (const frame of frames) {
    if (frame.contentWindow === source && isEmbedSrc(frame.src, siteOrigin)) return frame;
  }
  return null;
}

export interface MessageLike {
  origin: string;
  data: unknown;
  source: unknown;
}

export type HostAction<T> =
  | { kind: 'resize'; frame: T; height: number }
  | { kind: 'result'; frame: T; detail: ResultDetail }
  | { kind: 'key'; frame: T; key: ForwardedKey }
  | null;

/**
 * What the host script does with a message: resize a frame, announce a result, replay a key on
 * the host page, or nothing.
 */
export function handleMessage<T extends FrameLike>(
  event: MessageLike,
  frames: Iterable<T>,
  siteOrigin: string,
): HostAction<T> {
  if (event.origin !== siteOrigin) return null;
  const height = readResize(event.data);
  const detail = height === null ? readResult(event.data) : null;
  const key = height === null && detail === null ? readKey(event.data) : null;
  if (height === null && detail === null && key === null) return null;
  const frame = findFrame(frames, event.source, siteOrigin);
  if (!frame) return null;
  if (height !== null) return { kind: 'resize', frame, height };
  if (detail) return { kind: 'result', frame, detail };
  return key ? { kind: 'key', frame, key } : null;
}

/** The site's origin as the host script finds it: the origin of the script's own address. */
export function originOfScript(src: string | null | undefined): string | null {
  if (!src) return null;
  try {
    const url = new URL(src);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.origin : null;
  } catch {
    return null;
  }
}
