/**
 * The embeddable tools and the fixed height a frame of each one gets in a host page that does not
 * load /embed.js (learning platforms often strip scripts). Heights are measured on the built
 * embeds with a short result, then rounded up; presenter mode (size=large) scales them.
 */
import { kpiIds } from '../kpi/definitions';
import type { Size } from './params';

export const toolIds = [...kpiIds, 'smart', 'audit'] as const;
export type ToolId = (typeof toolIds)[number];

export function isToolId(value: unknown): value is ToolId {
  return typeof value === 'string' && (toolIds as readonly string[]).includes(value);
}

const BASE_HEIGHT = 620;
const HEIGHTS: Partial<Record<ToolId, number>> = {
  'engagement-rate': 820,
  'share-of-voice': 760,
  smart: 900,
  audit: 1200,
};

/** Presenter mode scales the root font size by 1.375 (global.css); frames grow with it. */
export const LARGE_SCALE = 1.375;

export function frameHeight(tool: ToolId, size: Size = 'normal'): number {
  const base = HEIGHTS[tool] ?? BASE_HEIGHT;
  return size === 'large' ? Math.ceil((base * LARGE_SCALE) / 10) * 10 : base;
}
