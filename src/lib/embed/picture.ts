/**
 * A picture of a tool's current state, for slides that can frame neither a page nor a link:
 * the tool's title, its inputs, its results and the tool's address. This module lays the picture
 * out (pure: text in, positioned lines and boxes out); src/islands/EmbedPicture.ts draws the
 * layout as SVG with DOM APIs (no markup strings) and turns that SVG into PNG with a canvas.
 */
export interface PictureRow {
  label: string;
  value: string;
}

export interface PictureState {
  title: string;
  inputs: PictureRow[];
  results: PictureRow[];
  /** Shown at the bottom: the site's name and the tool's address. */
  footer: string;
  /** Section headings, the text shown when there is no result yet, and the colon between a label
   * and its value (`: ` in English, a no-break space before it in French). */
  strings: { inputs: string; results: string; noResult: string; colon: string };
}

/** A line of text (`size` > 0) or a box behind a result (`size` = 0, `h` its height). */
export interface PictureItem {
  x: number;
  y: number;
  size: number;
  bold?: boolean;
  fill: string;
  text?: string;
  h?: number;
}

export interface PictureLayout {
  width: number;
  height: number;
  background: string;
  /** Colour of the boxes' borders. */
  border: string;
  items: PictureItem[];
}

/** High-contrast colours from the site's palette (global.css), for projection. */
export const PALETTES = {
  light: { bg: '#ffffff', soft: '#f3f1ec', fg: '#1d1d1f', muted: '#45454b', border: '#8f8b82', accent: '#084585' },
  dark: { bg: '#15171a', soft: '#1f2226', fg: '#ecebe7', muted: '#c9c8c2', border: '#6b6e75', accent: '#a6cff8' },
} as const;

export const PICTURE_WIDTH = 1200;
const MARGIN = 64;
const MAX_ROWS = 12;

/** Collapses whitespace, drops control characters and caps the length of outside text. */
export function cleanText(text: string, max = 240): string {
  // Only ASCII spaces and controls: French no-break spaces (U+00A0, U+202F) stay.
  // eslint-disable-next-line no-control-regex
  const flat = text.replace(/[\u0000-\u0020\u007f]+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** Breaks text into lines of at most `max` characters, on spaces where possible. */
export function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (let word of text.split(' ')) {
    while (word.length > max) {
      if (line) lines.push(line);
      lines.push(word.slice(0, max));
      word = word.slice(max);
      line = '';
    }
    if (!word) continue;
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

export function layoutPicture(state: PictureState, theme: 'light' | 'dark' = 'light'): PictureLayout {
  const c = PALETTES[theme];
  const items: PictureItem[] = [];
  let y = MARGIN;
  // System fonts average about 0.55 em per character: that sets how many fit on a line.
  const text = (value: string, size: number, fill: string, bold = false, indent = 0) => {
    for (const line of wrap(cleanText(value), Math.floor((PICTURE_WIDTH - 2 * (MARGIN + indent)) / (0.55 * size)))) {
      y += size;
      items.push({ x: MARGIN + indent, y, size, bold, fill, text: line });
      y += Math.round(size * 0.35);
    }
  };

  text(state.title, 48, c.fg, true);
  y += 24;
  const inputs = state.inputs.filter((row) => cleanText(row.value)).slice(0, MAX_ROWS);
  if (inputs.length > 0) {
    text(state.strings.inputs, 26, c.muted, true);
    for (const row of inputs)
      text(cleanText(row.label, 120) + state.strings.colon + cleanText(row.value, 120), 28, c.fg);
    y += 24;
  }
  text(state.strings.results, 26, c.muted, true);
  y += 12;
  const results = state.results.filter((row) => cleanText(row.value)).slice(0, MAX_ROWS);
  if (results.length === 0) text(state.strings.noResult, 30, c.fg);
  for (const row of results) {
    const box: PictureItem = { x: MARGIN, y, size: 0, fill: c.soft, h: 0 };
    items.push(box);
    y += 16;
    if (cleanText(row.label)) text(row.label, 26, c.muted, false, 24);
    text(row.value, 52, c.accent, true, 24);
    y += 12;
    box.h = y - box.y;
    y += 16;
  }
  y += 20;
  text(state.footer, 22, c.muted);
  // Never shorter than 16:9, so that the picture fills a slide.
  const height = Math.max(Math.ceil(y + MARGIN - 20), (PICTURE_WIDTH * 9) / 16);
  return { width: PICTURE_WIDTH, height, background: c.bg, border: c.border, items };
}

/** A file name for the picture: `ctr-2025-03-31.svg`. */
export function pictureFileName(tool: string, extension: 'svg' | 'png', date = new Date()): string {
  return `${tool.replace(/[^a-z0-9-]/g, '') || 'tool'}-${date.toISOString().slice(0, 10)}.${extension}`;
}
