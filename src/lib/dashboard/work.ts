/**
 * What the dashboard's worker does with the posts it holds (./read.worker.ts; the page runs the
 * same class itself where no worker starts, ./client.ts): their figures (./figures.ts), and the
 * save in this browser — written as JSON here, and read back and checked here, so that a
 * 5,000-post save (about a megabyte of JSON) is never stringified, parsed or validated on the
 * page's thread. The page only reads and writes the key (localStorage exists on the page only)
 * and applies the storage rules (./storage.ts, `openedSave` and `storeSave`) with what this says.
 */
import type { KnownCurrency } from './currency';
import {
  FigureStore,
  type FigureInput,
  type Figures,
  type FigureSource,
  type SavedFile,
  type SavedRef,
} from './figures';
import type { Mapping } from './rows';
import { makeSaved, readSaved, type SavedDashboard, type SavedLayout, type SavedText } from './storage';
import type { Day } from './values';

/** A save as the page sees it: everything but the posts and problems, which stay here under `id`. */
export interface SaveSummary {
  id: number;
  savedAt: string;
  layouts: Record<string, SavedLayout>;
  files: { name: string; currency: KnownCurrency | null }[];
}

/** A save's text read: its summary (the save kept here), or why it cannot be opened. */
export type Opened = { kind: 'ok'; state: SaveSummary } | { kind: 'newer' } | { kind: 'unreadable' };

export interface SaveRequest {
  /** The files to save, in the page's order: those without figures yet are left out. */
  files: { key: number; name: string }[];
  /** The remembered mapping of each file layout. */
  layouts: Record<string, Mapping>;
  /** The moment of the save (ISO 8601). */
  now: string;
  /** What the key held when the visitor pressed Save (null: nothing), to be checked here too. */
  before: string | null;
}

export interface Saving {
  /** The save, as the key will hold it. */
  json: string;
  /** What `before` held. */
  found: SavedText['kind'] | 'empty';
  /** The save written, kept here (the page drops it if it could not be stored). */
  state: SaveSummary;
}

export class DashboardWork {
  readonly store = new FigureStore();
  /** Saves read or written, by id, until the page drops them. */
  private readonly saves = new Map<number, SavedDashboard>();
  /** The saved file each reopened file was last given (`ref`: save, file and currency, as text). */
  private readonly restored = new Map<number, { ref: string; save: number; index: number; file: SavedFile }>();
  private next = 0;

  /** Reads a save's text (parsed and checked field by field, ./storage.ts); a readable save is kept. */
  open(raw: string): Opened {
    const read = readSaved(raw);
    return read.kind === 'ok' ? { kind: 'ok', state: this.keep(read.state) } : read;
  }

  /** The save of these files' posts as last computed, with the layouts' mappings; kept, as JSON. */
  save({ files, layouts, now, before }: SaveRequest): Saving {
    const toSave = [];
    for (const { key, name } of files) {
      const reading = this.store.lastReading(key);
      if (reading) toSave.push({ name, posts: reading.posts, problems: reading.problems, currency: reading.currency });
    }
    const state = makeSaved(toSave, layouts, new Date(now));
    return {
      json: JSON.stringify(state),
      found: before === null ? 'empty' : readSaved(before).kind,
      state: this.keep(state),
    };
  }

  /** Forgets a save the page no longer offers (the files reopened from it keep their figures). */
  drop(id: number): void {
    this.saves.delete(id);
  }

  /** Forgets a file removed from the page. */
  forget(key: number): void {
    this.store.forget(key);
    this.restored.delete(key);
  }

  /**
   * Takes the saved files these sources name, as soon as they arrive (before a newer request can
   * replace them, and before the page drops their save).
   */
  remember(sources: readonly FigureInput[]): void {
    this.store.remember(this.sources(sources));
  }

  /** The figures of these files (./figures.ts). */
  figures(sources: readonly FigureInput[], today: Day): Figures {
    return this.store.figures(this.sources(sources), today);
  }

  private keep(state: SavedDashboard): SaveSummary {
    const id = ++this.next;
    this.saves.set(id, state);
    return {
      id,
      savedAt: state.savedAt,
      layouts: state.layouts,
      files: state.files.map((f) => ({ name: f.name, currency: f.currency ?? null })),
    };
  }

  private sources(sources: readonly FigureInput[]): FigureSource[] {
    return sources.map((s) => ('saved' in s ? { key: s.key, saved: this.savedFile(s.key, s.saved) } : s));
  }

  /** A reopened file's figures when they changed since last given (null: unchanged, or not found). */
  private savedFile(key: number, { save, file: index, currency }: SavedRef): SavedFile | null {
    const ref = `${save}:${index}:${currency ?? ''}`;
    const known = this.restored.get(key);
    if (known?.ref === ref) return null;
    const from = this.saves.get(save)?.files[index];
    let file: SavedFile;
    if (from) {
      const hasCost = from.posts.some((p) => p.values.cost !== undefined);
      file = { posts: from.posts, problems: from.problems, currency, askCurrency: hasCost && !from.currency };
    } else if (known?.save === save && known.index === index) {
      file = { ...known.file, currency };
    } else return null;
    this.restored.set(key, { ref, save, index, file });
    return file;
  }
}
