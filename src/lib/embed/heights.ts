/**
 * The fixed height a frame of each tool gets in a host page that does not load /embed.js
 * (learning platforms often strip scripts). The heights are not guessed: scripts/measure-heights.ts
 * opens every built embed in a browser, prefilled with a realistic example (samples.ts), at the
 * named frame widths (390, 720, 960, 1280 px), in both languages, in each layout and size, and
 * writes the tallest content height, plus a margin, rounded up, to heights.json
 * (`npm run measure:heights`; tests/e2e/slides.spec.ts checks a sample against the real pages).
 */
import measured from './heights.json' with { type: 'json' };
import type { Layout, Size } from './params';

/** The frame widths heights are measured at: a phone, a learning platform's column, two slides. */
export const frameWidths = [390, 720, 960, 1280] as const;
export type FrameWidth = (typeof frameWidths)[number];
/** The width the iframe code assumes: a learning platform's content column (Moodle: ~790 px). */
export const DEFAULT_WIDTH: FrameWidth = 720;
/** Added to the measured content: a warning or an error message can add a line or two. */
export const HEIGHT_MARGIN = 40;

export type Variant = `${Layout}-${Size}`;

interface Measured {
  tools: Record<string, Partial<Record<Variant, number[]>>>;
}

const table = (measured as Measured).tools;

/** Used for a tool missing from the table (never the case once measured: a test checks it). */
const FALLBACK = 1200;

/** The height of a tool's frame for a layout, a size and a frame width (px). */
export function frameHeight(
  tool: string,
  size: Size = 'normal',
  layout: Layout = 'page',
  width: FrameWidth = DEFAULT_WIDTH,
): number {
  const heights = table[tool]?.[`${layout}-${size}`];
  return heights?.[frameWidths.indexOf(width)] ?? FALLBACK;
}

/** The tallest frame /embed.js accepts (host.ts); taller content (the audit's full report) scrolls inside. */
const MAX_HEIGHT = 5000;

/** Rounds a measured content height up to the frame height stored: margin added, next 10 px, at most 5,000 px. */
export function storedHeight(content: number): number {
  return Math.min(MAX_HEIGHT, Math.ceil((content + HEIGHT_MARGIN) / 10) * 10);
}
