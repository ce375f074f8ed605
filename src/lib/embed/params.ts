/**
 * Presentation parameters shared by every tool page and embed (docs/CONTRACT.md, common parameters):
 * `theme` (light | dark | auto, default auto), `size` (normal | large, default normal),
 * `layout` (page | slide, default page: slide is the compact 16:9 arrangement of slide.css) and
 * `reveal` (`1`: "guess first", results hidden until the visitor asks for them).
 * Anything else is ignored, never trusted.
 */
import type { ResultDetail } from './events';

export const themes = ['auto', 'light', 'dark'] as const;
export const sizes = ['normal', 'large'] as const;
export type Theme = (typeof themes)[number];
export type Size = (typeof sizes)[number];
export const layouts = ['page', 'slide'] as const;
export type Layout = (typeof layouts)[number];

export interface Presentation {
  theme: Theme;
  size: Size;
  layout: Layout;
  /** `reveal=1`: every result stays hidden until "Show the answer" is pressed. */
  reveal: boolean;
}

function oneOf<T extends string>(allowed: readonly T[], value: string | null, fallback: T): T {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

export function parsePresentation(search: string | URLSearchParams): Presentation {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  return {
    theme: oneOf(themes, params.get('theme'), 'auto'),
    size: oneOf(sizes, params.get('size'), 'normal'),
    layout: oneOf(layouts, params.get('layout'), 'page'),
    reveal: params.get('reveal') === '1',
  };
}

/** The presentation params the page itself handles: never a tool's input. */
const PRESENTATION_PARAMS: readonly string[] = ['theme', 'size', 'layout', 'reveal'];

/**
 * Applies a presentation to the root element as data attributes, which the style sheets read
 * (`data-theme`, `data-size`, `data-layout="slide"`, `data-reveal`).
 */
export function applyPresentation(
  root: { dataset: Record<string, string | undefined> },
  presentation: Presentation,
): void {
  if (presentation.theme !== 'auto') root.dataset['theme'] = presentation.theme;
  if (presentation.size === 'large') root.dataset['size'] = 'large';
  if (presentation.layout === 'slide') root.dataset['layout'] = 'slide';
  if (presentation.reveal) root.dataset['reveal'] = 'true';
}

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
