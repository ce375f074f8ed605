/**
 * A picture of a tool's current state, for slides that can frame neither a page nor a link:
 * one full-HD 16:9 slide with the tool's title and formula, its inputs, its results in the page's
 * own words, and the tool's address. This module lays the picture
 * out (pure: text in, positioned lines and boxes out); src/islands/EmbedPicture.ts draws the
 * layout as SVG with DOM APIs (no markup strings) and turns that SVG into PNG with a canvas.
 */
import { dayOf } from '../days';

export interface PictureRow {
  label: string;
  value: string;
}

export interface PictureState {
  title: string;
  /** The tool's formula as the page writes it, and the same with the visitor's numbers. */
  formula?: string[];
  inputs: PictureRow[];
  results: PictureRow[];
  /** What the page says of the result, in its own words (the KPI's meaning sentence). */
  notes?: string[];
  /** Shown at the bottom: the site's name and the tool's address. */
  footer: string;
  /** Section headings, the text shown when there is no result yet, and the colon between a label
   * and its value (`: ` in English, a no-break space before it in French). */
  strings: { inputs: string; results: string; noResult: string; colon: string };
}

/** A line of text (`size` > 0) or a box behind a result (`size` = 0, `w` and `h` its size). */
interface PictureItem {
  x: number;
  y: number;
  size: number;
  bold?: boolean;
  fill: string;
  text?: string;
  w?: number;
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
const PALETTES = {
  light: { bg: '#ffffff', soft: '#f3f1ec', fg: '#1d1d1f', muted: '#45454b', border: '#8f8b82', accent: '#084585' },
  dark: { bg: '#15171a', soft: '#1f2226', fg: '#ecebe7', muted: '#c9c8c2', border: '#6b6e75', accent: '#a6cff8' },
} as const;

/** A full-HD slide: 16:9, twice the 960×540 of a reveal.js deck, sharp on a projector. */
export const PICTURE_WIDTH = 1920;
export const PICTURE_HEIGHT = 1080;
const MARGIN = 96;
const GAP = 48;
const MAX_ROWS = 12;
/** Type is scaled down, step by step, until everything fits the slide; never below this. */
const MIN_SCALE = 0.5;

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

/** Lays text out in a column; system fonts average about 0.55 em per character. */
class Column {
  y: number;
  constructor(
    readonly items: PictureItem[],
    readonly x: number,
    readonly width: number,
    top: number,
  ) {
    this.y = top;
  }
  text(value: string, size: number, fill: string, bold = false, indent = 0): void {
    const perLine = Math.max(8, Math.floor((this.width - 2 * indent) / (0.55 * size)));
    for (const line of wrap(cleanText(value), perLine)) {
      this.y += size;
      this.items.push({ x: this.x + indent, y: this.y, size, bold, fill, text: line });
      this.y += Math.round(size * 0.35);
    }
  }
}

function layoutAt(state: PictureState, theme: 'light' | 'dark', scale: number): PictureLayout & { bottom: number } {
  const c = PALETTES[theme];
  const items: PictureItem[] = [];
  const px = (n: number) => Math.round(n * scale);
  const inner = PICTURE_WIDTH - 2 * MARGIN;
  const head = new Column(items, MARGIN, inner, MARGIN);
  head.text(state.title, px(72), c.fg, true);
  for (const [i, line] of (state.formula ?? [])
    .filter((f) => cleanText(f))
    .slice(0, 2)
    .entries()) {
    head.text(line, px(i === 0 ? 36 : 32), i === 0 ? c.fg : c.muted);
  }
  const top = head.y + px(40);

  // Inputs on the left, results on the right: the slide reads left to right like the tool.
  const inputs = state.inputs.filter((row) => cleanText(row.value)).slice(0, MAX_ROWS);
  const results = state.results.filter((row) => cleanText(row.value)).slice(0, MAX_ROWS);
  const half = (inner - GAP) / 2;
  const left = new Column(items, MARGIN, inputs.length > 0 ? half : 0, top);
  const right = new Column(
    items,
    inputs.length > 0 ? MARGIN + half + GAP : MARGIN,
    inputs.length > 0 ? half : inner,
    top,
  );
  if (inputs.length > 0) {
    left.text(state.strings.inputs, px(36), c.muted, true);
    left.y += px(8);
    for (const row of inputs) {
      left.text(cleanText(row.label, 120) + state.strings.colon + cleanText(row.value, 120), px(40), c.fg);
      left.y += px(6);
    }
  }
  right.text(state.strings.results, px(36), c.muted, true);
  right.y += px(16);
  if (results.length === 0) right.text(state.strings.noResult, px(44), c.fg);
  // Many short results (the SMART criteria) go in two columns inside the results column.
  const twoUp = results.length > 3;
  const cellWidth = twoUp ? (right.width - px(24)) / 2 : right.width;
  let rowTop = right.y;
  const boxes: PictureItem[] = [];
  results.forEach((row, index) => {
    const column = twoUp && index % 2 === 1 ? 1 : 0;
    if (column === 0 && index > 0) rowTop = right.y + px(20);
    const cell = new Column(items, right.x + column * (cellWidth + px(24)), cellWidth, rowTop);
    const box: PictureItem = { x: cell.x, y: rowTop, size: 0, fill: c.soft, w: cellWidth, h: 0 };
    items.push(box);
    boxes.push(box);
    cell.y += px(20);
    if (cleanText(row.label)) cell.text(row.label, px(twoUp ? 30 : 36), c.muted, false, px(28));
    cell.text(row.value, px(twoUp ? 44 : 80), c.accent, true, px(28));
    cell.y += px(16);
    box.h = cell.y - box.y;
    right.y = Math.max(right.y, cell.y);
  });
  // The two boxes of a row get the same height.
  for (let i = 0; twoUp && i + 1 < boxes.length; i += 2) {
    const [a, b] = [boxes[i], boxes[i + 1]];
    if (a && b) a.h = b.h = Math.max(a.h ?? 0, b.h ?? 0);
  }
  for (const note of (state.notes ?? []).filter((n) => cleanText(n)).slice(0, 3)) {
    right.y += px(12);
    right.text(note, px(34), c.fg);
  }
  const foot = new Column(items, MARGIN, inner, Math.max(left.y, right.y) + px(40));
  foot.text(state.footer, px(28), c.muted);
  return {
    width: PICTURE_WIDTH,
    height: PICTURE_HEIGHT,
    background: c.bg,
    border: c.border,
    items,
    bottom: foot.y,
  };
}

/**
 * The picture of a tool's state on one 1920×1080 slide: title and formula across the top, the
 * inputs on the left, the results (and what the page says of them) on the right, the address
 * at the bottom. The type shrinks until everything fits.
 */
export function layoutPicture(state: PictureState, theme: 'light' | 'dark' = 'light'): PictureLayout {
  let scale = 1;
  let laid = layoutAt(state, theme, scale);
  while (laid.bottom > PICTURE_HEIGHT - MARGIN / 2 && scale > MIN_SCALE) {
    scale = Math.max(MIN_SCALE, scale * 0.9);
    laid = layoutAt(state, theme, scale);
  }
  const { bottom: _bottom, ...layout } = laid;
  return layout;
}

/**
 * A file name for the picture: `ctr-2025-03-31.svg`, stamped with the visitor's own day (just after
 * midnight in Paris it is already the new day there, while UTC is still on the day before).
 */
export function pictureFileName(tool: string, extension: 'svg' | 'png', date = new Date()): string {
  return `${tool.replace(/[^a-z0-9-]/g, '') || 'tool'}-${dayOf(date) ?? 'undated'}.${extension}`;
}
