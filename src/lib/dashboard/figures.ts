/**
 * From the files and their mappings to what the page shows: each file's reading (./rows.ts) and
 * the totals, weeks and months of all their posts together (./summary.ts). It runs where the
 * files' rows are, in the worker that read them (./read.worker.ts, through ./work.ts), so that
 * changing a mapping never recomputes thousands of rows on the page's thread; the page gets the
 * figures without the posts (a 5,000-post copy back would cost the page what the worker saved it):
 * they stay in the worker, which also writes the save from them. Without a worker (a save reopened
 * where workers cannot start), the page runs the same code itself.
 */
import { sharedCurrency, type KnownCurrency } from './currency';
import { networkIds } from './fields';
import { readRows, type Layout, type Mapping, type Post, type Problem, type Reading } from './rows';
import { compareMonths, summariseAll, weekly, type Comparison, type Scope, type Week } from './summary';
import type { Day } from './values';

/**
 * A file reopened from a save, as the page names it (the posts stay where the save was read,
 * ./work.ts): the save's id there, the file's place in it, and its costs' currency (as saved, or
 * as the visitor answered since).
 */
export interface SavedRef {
  save: number;
  file: number;
  currency: KnownCurrency | null;
}

/** A file reopened from the save: its figures as saved; the currency asked if its costs have none. */
export interface SavedFile {
  posts: Post[];
  problems: Problem[];
  currency: KnownCurrency | null;
  askCurrency: boolean;
}

/**
 * A file to total: read now (its rows are where the figures are computed, under its key), with
 * its layout and mapping; or reopened from the save. `saved: null`: the same saved figures as in
 * the previous request (not sent again).
 */
export type FigureSource = { key: number; layout: Layout; mapping: Mapping } | { key: number; saved: SavedFile | null };

/** A file to total as the page has it: read now, or reopened from a save (./work.ts finds its figures). */
export type FigureInput = { key: number; layout: Layout; mapping: Mapping } | { key: number; saved: SavedRef };

/** A file's reading as the page shows it: everything but the posts, counted. */
export type ReadingView = Omit<Reading, 'posts'> & { posts: number };

export interface Figures {
  readings: Map<number, ReadingView>;
  scopes: Scope[];
  weeks: Week[];
  comparison: Comparison | null;
  /** The costs' currency over the files with costs (`mixed`: two of them). */
  currency: KnownCurrency | null | 'mixed';
}

/** The reading of a file reopened from the save: its figures as saved, nothing left to ask but the currency. */
function savedReading(saved: SavedFile): Reading {
  return {
    posts: saved.posts,
    problems: saved.problems,
    askDateOrder: null,
    waiting: false,
    dateShapes: [],
    noMetric: false,
    currency: saved.currency,
    askCurrency: saved.askCurrency ? 'none' : null,
  };
}

/** The totals, weeks, months and currency of these readings' posts together. */
function figuresOf(readings: ReadonlyMap<number, Reading>): Figures {
  const all = [...readings.values()];
  const posts = all.flatMap((r) => r.posts);
  const withCost = all.filter((r) => r.posts.some((p) => p.values.cost !== undefined));
  const views = new Map<number, ReadingView>();
  for (const [key, reading] of readings) views.set(key, { ...reading, posts: reading.posts.length });
  return {
    readings: views,
    scopes: posts.length ? summariseAll(posts, networkIds) : [],
    weeks: weekly(posts),
    comparison: compareMonths(posts),
    currency: sharedCurrency(withCost.map((r) => r.currency)),
  };
}

/**
 * The files' rows and readings, kept between requests: a file is re-read only when its mapping
 * (compared by value: it crosses to the worker as a copy) or the day changes, so that changing one
 * file's mapping re-reads that file alone.
 */
export class FigureStore {
  private readonly tables = new Map<number, readonly string[][]>();
  private readonly saved = new Map<number, SavedFile>();
  private readonly readings = new Map<number, { source: string; reading: Reading }>();

  /** Keeps a file's rows (as read) under its key. */
  keep(key: number, rows: readonly string[][]): void {
    this.tables.set(key, rows);
    this.readings.delete(key);
  }

  /** Forgets a file removed from the page. */
  forget(key: number): void {
    this.tables.delete(key);
    this.saved.delete(key);
    this.readings.delete(key);
  }

  /** Takes the saved figures these sources carry (even from a request that will not be computed). */
  remember(sources: readonly FigureSource[]): void {
    for (const source of sources) {
      if (!('saved' in source) || !source.saved) continue;
      this.saved.set(source.key, source.saved);
      this.readings.delete(source.key);
    }
  }

  /** The figures of these files (in this order); a file whose rows or save are not here is left out. */
  figures(sources: readonly FigureSource[], today: Day): Figures {
    this.remember(sources);
    const readings = new Map<number, Reading>();
    for (const source of sources) {
      const reading = this.reading(source, today);
      if (reading) readings.set(source.key, reading);
    }
    for (const key of this.readings.keys()) if (!readings.has(key)) this.readings.delete(key);
    return figuresOf(readings);
  }

  /** A file's reading as last computed (its posts, problems and currency: what a save keeps). */
  lastReading(key: number): Reading | undefined {
    return this.readings.get(key)?.reading;
  }

  private reading(source: FigureSource, today: Day): Reading | null {
    if ('saved' in source) {
      const saved = this.saved.get(source.key);
      if (!saved) return null;
      const known = this.readings.get(source.key);
      if (known?.source === 'saved') return known.reading;
      const reading = savedReading(saved);
      this.readings.set(source.key, { source: 'saved', reading });
      return reading;
    }
    const rows = this.tables.get(source.key);
    if (!rows) return null;
    const key = JSON.stringify([source.layout.key, source.layout.headerRow, source.mapping, today]);
    const known = this.readings.get(source.key);
    if (known?.source === key) return known.reading;
    const reading = readRows(rows, source.layout, source.mapping, today);
    this.readings.set(source.key, { source: key, reading });
    return reading;
  }
}
