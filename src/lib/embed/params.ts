/**
 * Presentation parameters shared by every tool page and embed (CONTRACT.md, common parameters):
 * `theme` (light | dark | auto, default auto) and `size` (normal | large, default normal).
 * Anything else is ignored, never trusted.
 */
export const themes = ['auto', 'light', 'dark'] as const;
export const sizes = ['normal', 'large'] as const;
export type Theme = (typeof themes)[number];
export type Size = (typeof sizes)[number];

export interface Presentation {
  theme: Theme;
  size: Size;
}

function oneOf<T extends string>(allowed: readonly T[], value: string | null, fallback: T): T {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

export function parsePresentation(search: string | URLSearchParams): Presentation {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  return {
    theme: oneOf(themes, params.get('theme'), 'auto'),
    size: oneOf(sizes, params.get('size'), 'normal'),
  };
}

/** The message an embedded page posts to its parent when its height changes. */
export interface ResizeMessage {
  type: 'smm:resize';
  height: number;
}

export function resizeMessage(height: number): ResizeMessage {
  return { type: 'smm:resize', height: Math.ceil(height) };
}
