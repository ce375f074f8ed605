/**
 * What an embedded page tells its host (docs/CONTRACT.md, embeds): its height and its results as
 * messages, and the "open the full page" link with the visitor's figures. Only embeds load this
 * (src/layouts/Embed.astro); the presentation parameters they share with tool pages are in
 * params.ts.
 */
import type { ResultDetail } from './events';
import { PRESENTATION_PARAMS, type Presentation } from './params';

/** The message an embedded page posts to its parent when its height changes. */
export interface ResizeMessage {
  type: 'smm:resize';
  height: number;
}

export function resizeMessage(height: number): ResizeMessage {
  return { type: 'smm:resize', height: Math.ceil(height) };
}

/** The message an embedded page posts to its parent when a result changes. */
export interface ResultMessage extends ResultDetail {
  type: 'smm:result';
}

/** Tools whose inputs are the visitor's own answers: their messages carry scores, never inputs. */
const PRIVATE_INPUTS = new Set(['audit']);

/**
 * Copies only the contract's fields of a result (tool, value, inputs, and the audit's scores) into
 * the message, so that nothing else an island might put in an event detail leaves the page. The
 * message goes to whatever site frames the embed (`'*'`: any site may), so the audit's answers are
 * dropped here even if an island put them in.
 */
export function resultMessage(detail: unknown): ResultMessage | null {
  if (detail === null || typeof detail !== 'object') return null;
  const { tool, value, inputs, scores } = detail as Record<string, unknown>;
  if (typeof tool !== 'string') return null;
  const number = typeof value === 'number' && Number.isFinite(value) ? value : null;
  const clean: Record<string, string> = {};
  if (inputs !== null && typeof inputs === 'object' && !PRIVATE_INPUTS.has(tool)) {
    for (const [name, text] of Object.entries(inputs)) if (typeof text === 'string') clean[name] = text;
  }
  const message: ResultMessage = { type: 'smm:result', tool, value: number, inputs: clean };
  if (PRIVATE_INPUTS.has(tool) && scores !== null && typeof scores === 'object') {
    const kept: Record<string, number> = {};
    for (const [id, score] of Object.entries(scores)) {
      if (/^[a-z][a-z0-9-]{0,39}$/.test(id) && typeof score === 'number' && score >= 0 && score <= 100)
        kept[id] = score;
    }
    message.scores = kept;
  }
  return message;
}

const PARAM = /^[a-z][a-z0-9-]{0,39}$/;
const SHARE = /^[A-Za-z0-9._~-]{1,4000}$/;

/**
 * The "open the full page" link of an embed, carrying what the visitor has typed: the tool's
 * inputs as URL parameters (the audit: its share link, `#r=…`), plus the embed's theme and size
 * (not its layout nor `reveal`: the full page is for reading the whole explanation).
 * Inputs come from the page's own result event; names and values are checked, and
 * `URLSearchParams` escapes them.
 */
export function fullPageLink(path: string, detail: ResultDetail | null, presentation: Presentation): string {
  const params = new URLSearchParams();
  let hash = '';
  if (detail) {
    for (const [name, value] of Object.entries(detail.inputs)) {
      if (detail.tool === 'audit') {
        if (name === 'r' && SHARE.test(value)) hash = `#r=${value}`;
      } else if (PARAM.test(name) && !PRESENTATION_PARAMS.includes(name) && value !== '' && value.length <= 500) {
        params.set(name, value);
      }
    }
  }
  if (presentation.theme !== 'auto') params.set('theme', presentation.theme);
  if (presentation.size !== 'normal') params.set('size', presentation.size);
  const query = params.toString();
  return `${path}${query ? `?${query}` : ''}${hash}`;
}
