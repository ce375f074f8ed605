/**
 * The fixed height a frame of each tool gets in a host page that does not load /embed.js
 * (learning platforms often strip scripts). Heights are measured on the built embeds with a short
 * result, then rounded up; presenter mode (size=large) scales them.
 */
import type { Size } from './params';

const BASE_HEIGHT = 620;
const HEIGHTS: Record<string, number> = {
  'engagement-rate': 820,
  'share-of-voice': 760,
  smart: 900,
  audit: 1200,
};

/** Presenter mode scales the root font size by 1.375 (global.css); frames grow with it. */
export const LARGE_SCALE = 1.375;

export function frameHeight(tool: string, size: Size = 'normal'): number {
  const base = HEIGHTS[tool] ?? BASE_HEIGHT;
  return size === 'large' ? Math.ceil((base * LARGE_SCALE) / 10) * 10 : base;
}
