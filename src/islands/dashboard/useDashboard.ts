/**
 * The dashboard's state: the engine (loaded when the first file is chosen or a save is opened),
 * the files and their mappings, the remembered layouts, the save; and what follows from them
 * (readings, totals, weeks, months, the costs' currency). Components only render it.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { KnownCurrency } from '../../lib/dashboard/currency';
import type { ReadFailure, Table } from '../../lib/dashboard/read';
import type { Layout, Mapping, Post, Problem, Reading } from '../../lib/dashboard/rows';
import type { FileToSave, LoadResult, SavedDashboard } from '../../lib/dashboard/storage';
import { localStore, today, type Engine } from './view';

export interface FileEntry {
  key: number;
  name: string;
  status: 'reading' | 'error' | 'ready' | 'saved';
  error?: ReadFailure | 'load';
  table?: Table;
  layout?: Layout;
  mapping?: Mapping;
  sure?: boolean;
  remembered?: boolean;
  /** The visitor opened or closed the list of columns (default: open when unsure). */
  mapOpen?: boolean;
  /** Posts and problems of a dashboard reopened from the save (no table), and its costs' currency. */
  saved?: { posts: Post[]; problems: Problem[]; currency: KnownCurrency | null; askCurrency: boolean };
}

let nextKey = 0;

/** The reading of a file reopened from the save: its figures as saved, nothing left to ask but the currency. */
function savedReading(saved: NonNullable<FileEntry['saved']>): Reading {
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

/** The components of the steps after the picker (./steps.ts), loaded with the engine. */
export type Steps = typeof import('./steps');

/** The engine and the steps' components, loaded together (in parallel) when first needed. */
function useEngine(onError: () => void) {
  const [loaded, setLoaded] = useState<{ engine: Engine; steps: Steps } | null>(null);
  const promise = useRef<Promise<Engine> | null>(null);
  const load = (): Promise<Engine> => {
    promise.current ??= Promise.all([import('../../lib/dashboard/engine'), import('./steps')]).then(
      ([engine, steps]) => {
        setLoaded({ engine, steps });
        return engine;
      },
      (error: unknown) => {
        promise.current = null;
        onError();
        throw error;
      },
    );
    return promise.current;
  };
  return { engine: loaded?.engine ?? null, steps: loaded?.steps ?? null, load };
}

/**
 * Each file's reading, recomputed only when its mapping (or saved figures) change: opening a list,
 * confirming a mapping or saving must not re-read a 5,000-row export. The map itself is the same
 * object while no reading changed, so that the totals are not recomputed either.
 */
function useReadings(engine: Engine | null, files: readonly FileEntry[]) {
  const cache = useRef(new WeakMap<object, Reading>());
  const last = useRef(new Map<number, Reading>());
  return useMemo(() => {
    const out = new Map<number, Reading>();
    if (!engine) return out;
    const day = today();
    for (const f of files) {
      const source = f.status === 'ready' ? f.mapping : f.status === 'saved' ? f.saved : undefined;
      if (!source) continue;
      let reading = cache.current.get(source);
      if (!reading && f.status === 'ready' && f.table && f.layout && f.mapping) {
        reading = engine.readRows(f.table.rows, f.layout, f.mapping, day);
      } else if (!reading && f.saved) {
        reading = savedReading(f.saved);
      }
      if (!reading) continue;
      cache.current.set(source, reading);
      out.set(f.key, reading);
    }
    const before = last.current;
    if (before.size === out.size && [...out].every(([key, reading]) => before.get(key) === reading)) return before;
    last.current = out;
    return out;
  }, [engine, files]);
}

function useFigures(engine: Engine | null, files: readonly FileEntry[]) {
  const readings = useReadings(engine, files);
  const posts = useMemo(() => [...readings.values()].flatMap((r) => r.posts), [readings]);
  const scopes = useMemo(
    () => (engine && posts.length ? engine.summariseAll(posts, engine.networkIds) : []),
    [engine, posts],
  );
  const weeks = useMemo(() => (engine ? engine.weekly(posts) : []), [engine, posts]);
  const comparison = useMemo(() => (engine ? engine.compareMonths(posts) : null), [engine, posts]);
  const currency = useMemo(() => {
    if (!engine) return null;
    const withCost = [...readings.values()].filter((r) => r.posts.some((p) => p.values.cost !== undefined));
    return engine.sharedCurrency(withCost.map((r) => r.currency));
  }, [engine, readings]);
  return { readings, posts, scopes, weeks, comparison, currency };
}

type Load = () => Promise<Engine>;

/** The chosen files: each read in the worker, then its layout found and its mapping proposed (or remembered). */
function useFiles(load: Load, layouts: Record<string, Mapping>) {
  const [files, setFiles] = useState<FileEntry[]>([]);
  const update = (key: number, change: Partial<FileEntry>) =>
    setFiles((list) => list.map((f) => (f.key === key ? { ...f, ...change } : f)));

  const readOne = async (file: File, key: number) => {
    let e: Engine;
    try {
      e = await load();
    } catch {
      update(key, { status: 'error', error: 'load' });
      return;
    }
    if (file.size > e.MAX_FILE_BYTES) {
      update(key, { status: 'error', error: 'tooBig' });
      return;
    }
    try {
      const result = await e.readInBrowser(file.name, await file.arrayBuffer());
      if (!result.ok) {
        update(key, { status: 'error', error: result.reason });
        return;
      }
      const layout = e.findLayout(result.table.rows, result.table.delimiter);
      const known = layouts[layout.key];
      const mapping = known && known.columns.length === layout.headers.length ? known : e.proposedMapping(layout);
      const sure = Boolean(known) || e.isSure(layout);
      update(key, { status: 'ready', table: result.table, layout, mapping, sure, remembered: Boolean(known) });
    } catch {
      update(key, { status: 'error', error: 'load' });
    }
  };

  const addFiles = (list: FileList | File[] | null) => {
    for (const file of Array.from(list ?? [])) {
      const key = ++nextKey;
      setFiles((all) => [...all, { key, name: file.name, status: 'reading' }]);
      void readOne(file, key);
    }
  };
  const remove = (key: number) => setFiles((all) => all.filter((x) => x.key !== key));
  return { files, setFiles, update, addFiles, remove };
}

/** The save in this browser: looked for when the page opens, written and deleted on request. */
function useSaved(load: Load, setLayouts: (layouts: Record<string, Mapping>) => void) {
  const [stored, setStored] = useState<LoadResult | null>(null);
  const [saveMessage, setSaveMessage] = useState<{ key: string; date?: string } | null>(null);

  // A saved dashboard is only looked for: the storage module is tiny, but it comes with the engine.
  // Once, when the page opens.
  useEffect(() => {
    if (!localStore()?.getItem('smm-dashboard')) return;
    load().then(
      (e) => {
        const result = e.loadDashboard(localStore());
        setStored(result);
        if (result.kind === 'ok') setLayouts(e.savedMappings(result.state.layouts));
      },
      () => undefined,
    );
  }, []);

  const save = (engine: Engine, files: FileToSave[], layouts: Record<string, Mapping>) => {
    const state = engine.makeSaved(files, layouts, new Date());
    const ok = engine.saveDashboard(localStore(), state);
    setSaveMessage(ok ? { key: 'save.saved', date: state.savedAt.slice(0, 10) } : { key: 'save.failed' });
    if (ok) setStored({ kind: 'ok', state });
  };
  const deleteSaved = (engine: Engine | null) => {
    engine?.deleteDashboard(localStore());
    setStored({ kind: 'empty' });
    setSaveMessage({ key: 'save.deleted' });
  };
  return { stored, saveMessage, save, deleteSaved };
}

/** The files of a save, as entries: their figures as saved, the currency asked if their costs have none. */
function restored(state: SavedDashboard): FileEntry[] {
  return state.files.map((f) => {
    const hasCost = f.posts.some((p) => p.values.cost !== undefined);
    const currency = f.currency ?? null;
    const saved = { posts: f.posts, problems: f.problems, currency, askCurrency: hasCost && !currency };
    return { key: ++nextKey, name: f.name, status: 'saved', saved };
  });
}

export function useDashboard() {
  const [loadError, setLoadError] = useState(false);
  const [layouts, setLayouts] = useState<Record<string, Mapping>>({});
  const { engine, steps, load } = useEngine(() => setLoadError(true));
  const { files, setFiles, update, addFiles, remove } = useFiles(load, layouts);
  const saved = useSaved(load, setLayouts);
  const figures = useFigures(engine, files);

  const setMapping = (entry: FileEntry, change: Partial<Mapping>) => {
    if (!entry.mapping || !entry.layout) return;
    const mapping = { ...entry.mapping, ...change };
    const layoutKey = entry.layout.key;
    update(entry.key, { mapping });
    setLayouts((all) => ({ ...all, [layoutKey]: mapping }));
  };

  /** The visitor's answer to the currency question, for a file read now or one reopened from the save. */
  const setCurrency = (entry: FileEntry, currency: KnownCurrency) => {
    if (entry.saved) update(entry.key, { saved: { ...entry.saved, currency } });
    else setMapping(entry, { currency });
  };

  const save = () => {
    if (!engine) return;
    const toSave = files.flatMap((f) => {
      const reading = figures.readings.get(f.key);
      if (!reading) return [];
      return [{ name: f.name, posts: reading.posts, problems: reading.problems, currency: reading.currency }];
    });
    saved.save(engine, toSave, layouts);
  };

  return {
    engine,
    steps,
    files,
    loadError,
    setLoadError,
    stored: saved.stored,
    saveMessage: saved.saveMessage,
    addFiles,
    update,
    setMapping,
    setCurrency,
    remove,
    save,
    restore: (state: SavedDashboard) => setFiles(restored(state)),
    deleteSaved: () => saved.deleteSaved(engine),
    ...figures,
  };
}

export type DashboardState = ReturnType<typeof useDashboard>;
