/**
 * Presentation parameters shared by every tool page and embed (docs/CONTRACT.md, common parameters):
 * `theme` (light | dark | auto, default auto), `size` (normal | large, default normal),
 * `layout` (page | slide, default page: slide is the compact 16:9 arrangement of slide.css) and
 * `reveal` (`1`: "guess first", results hidden until the visitor asks for them).
 * Anything else is ignored, never trusted. What an embed posts to its host is in messages.ts.
 */
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
export const PRESENTATION_PARAMS: readonly string[] = ['theme', 'size', 'layout', 'reveal'];

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
