/**
 * The dashboard's state: the engine (loaded when the first file is chosen or a save is opened),
 * the files and their mappings, the remembered layouts, the save; and what follows from them
 * (readings, totals, weeks, months, the costs' currency). Components only render it.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { KnownCurrency } from '../../lib/dashboard/currency';
import type { ReadFailure, Table } from '../../lib/dashboard/read';
// Types only: the figures' code comes with the engine (and runs in its worker), not with the page.
import type { Found } from '../../lib/dashboard/client';
import type { FigureInput, Figures, SavedRef } from '../../lib/dashboard/figures';
import type { Layout, Mapping } from '../../lib/dashboard/rows';
import type { SaveSummary } from '../../lib/dashboard/work';
import { today } from '../../lib/days';
import { dayOfSave, localStore, type Engine } from './view';

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
  /** A file of a dashboard reopened from the save (no table; its posts are in the worker), and its costs' currency. */
  saved?: SavedRef;
}

let nextKey = 0;

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

const NO_FIGURES: Figures = { readings: new Map(), scopes: [], weeks: [], comparison: null, currency: null };

/** A number per object (a mapping, a saved file), to tell when what the figures come from changed. */
const ids = new WeakMap<object, number>();
let nextId = 0;
const idOf = (o: object) => ids.get(o) ?? (ids.set(o, ++nextId), nextId);

/**
 * The figures of the files (readings, totals, weeks, months, the costs' currency), computed in the
 * worker that read the files (src/lib/dashboard/figures.ts): asked for again only when a file's
 * mapping or saved figures change (not when a list is opened or a mapping confirmed); meanwhile
 * `busy` is true and the figures shown stay those of the previous request; an answer to a request
 * that a newer one replaced is dropped.
 */
function useFigures(engine: Engine | null, files: readonly FileEntry[]) {
  const [figures, setFigures] = useState<Figures | null>(null);
  const [busy, setBusy] = useState(false);
  const latest = useRef(0);
  const sources: FigureInput[] = [];
  for (const f of files) {
    if (f.status === 'ready' && f.layout && f.mapping)
      sources.push({ key: f.key, layout: f.layout, mapping: f.mapping });
    else if (f.status === 'saved' && f.saved) sources.push({ key: f.key, saved: f.saved });
  }
  const signature = sources.map((s) => `${s.key}:${idOf('saved' in s ? s.saved : s.mapping)}`).join(',');
  const current = useRef(sources);
  current.current = sources;

  useEffect(() => {
    if (!engine) return;
    const request = ++latest.current;
    if (current.current.length === 0) {
      setFigures(null);
      setBusy(false);
      return;
    }
    setBusy(true);
    engine.figuresInBrowser(current.current, today()).then(
      (result) => {
        if (request !== latest.current || result === null) return;
        setFigures(result);
        setBusy(false);
      },
      () => {
        if (request === latest.current) setBusy(false);
      },
    );
  }, [engine, signature]);

  const shown = figures ?? NO_FIGURES;
  return {
    readings: shown.readings,
    scopes: shown.scopes,
    weeks: shown.weeks,
    comparison: shown.comparison,
    currency: shown.currency,
    busy,
  };
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
      const result = await e.readInBrowser(file.name, await file.arrayBuffer(), key);
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
  const remove = (key: number) => {
    setFiles((all) => all.filter((x) => x.key !== key));
    void load().then(
      (e) => e.forgetInBrowser(key),
      () => undefined,
    );
  };
  return { files, setFiles, update, addFiles, remove };
}

/**
 * The save in this browser: looked for when the page opens, written and deleted on request. Its
 * JSON is written, and read back and checked, in the worker (src/lib/dashboard/work.ts); the page
 * only reads and writes the key.
 */
function useSaved(load: Load, setLayouts: (layouts: Record<string, Mapping>) => void) {
  const [stored, setStored] = useState<Found | null>(null);
  const [saveMessage, setSaveMessage] = useState<{ key: string; date?: string } | null>(null);
  const [saving, setSaving] = useState(false);
  /** The save offered (its id in the worker), to drop it there when it is replaced or deleted. */
  const offered = useRef<number | null>(null);
  const offer = (engine: Engine, found: Found) => {
    if (offered.current !== null) engine.dropSaveInBrowser(offered.current);
    offered.current = found.kind === 'ok' ? found.state.id : null;
    setStored(found);
  };

  // A saved dashboard is only looked for: the storage module is tiny, but it comes with the engine.
  // Once, when the page opens.
  useEffect(() => {
    if (!localStore()?.getItem('smm-dashboard')) return;
    load().then(
      async (e) => {
        const found = await e.openSaved(localStore());
        offer(e, found);
        if (found.kind === 'ok') setLayouts(e.savedMappings(found.state.layouts));
      },
      () => undefined,
    );
  }, []);

  const save = (engine: Engine, files: { key: number; name: string }[], layouts: Record<string, Mapping>) => {
    setSaving(true);
    engine
      .saveFiles(localStore(), files, layouts, new Date())
      .then(
        (state) => {
          setSaveMessage(state ? { key: 'save.saved', date: dayOfSave(state.savedAt) } : { key: 'save.failed' });
          if (state) offer(engine, { kind: 'ok', state });
        },
        () => setSaveMessage({ key: 'save.failed' }),
      )
      .finally(() => setSaving(false));
  };
  const deleteSaved = (engine: Engine | null) => {
    engine?.deleteDashboard(localStore());
    if (engine) offer(engine, { kind: 'empty' });
    else setStored({ kind: 'empty' });
    setSaveMessage({ key: 'save.deleted' });
  };
  return { stored, saveMessage, saving, save, deleteSaved };
}

/** The files of a save, as entries: their figures stay in the worker, the currency asked if their costs have none. */
function restored(state: SaveSummary): FileEntry[] {
  return state.files.map((f, file) => ({
    key: ++nextKey,
    name: f.name,
    status: 'saved',
    saved: { save: state.id, file, currency: f.currency },
  }));
}

/** What the page works on: reading files, computing figures, saving. */
type Work = 'read' | 'figures' | 'save';

/** How long work goes unannounced: a quick answer must not make the status flicker or speak. */
const WORKING_DELAY_MS = 300;

/**
 * The work to say the page is doing (./Working.tsx): `work` once it has lasted
 * `WORKING_DELAY_MS`, null at once when it is over. Work that changes kind keeps the text shown
 * until the new kind has lasted the delay too, so that a screen reader hears one message per
 * long wait, not one per step.
 */
function useWorking(work: Work | null): Work | null {
  const [shown, setShown] = useState<Work | null>(null);
  useEffect(() => {
    if (!work) {
      setShown(null);
      return;
    }
    const timer = setTimeout(() => setShown(work), WORKING_DELAY_MS);
    return () => clearTimeout(timer);
  }, [work]);
  // Gone in the same render as the work's end.
  return work ? shown : null;
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

  /** Saves the files' figures as last computed (the worker that has their posts writes the save). */
  const save = () => {
    if (!engine) return;
    const shown = files.filter((f) => figures.readings.has(f.key)).map((f) => ({ key: f.key, name: f.name }));
    saved.save(engine, shown, layouts);
  };

  const work: Work | null = saved.saving
    ? 'save'
    : files.some((f) => f.status === 'reading')
      ? 'read'
      : figures.busy
        ? 'figures'
        : null;
  const working = useWorking(work);

  return {
    engine,
    steps,
    files,
    working,
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
    restore: (state: SaveSummary) => setFiles(restored(state)),
    deleteSaved: () => saved.deleteSaved(engine),
    ...figures,
  };
}

export type DashboardState = ReturnType<typeof useDashboard>;
