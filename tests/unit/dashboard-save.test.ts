/**
 * The dashboard's save as the page does it (src/lib/dashboard/client.ts): the JSON written, read
 * back and checked by the worker's code (src/lib/dashboard/work.ts; here without a worker, where
 * the page runs the same code), the page only reading and writing the key, with the same rules
 * as ever: a full storage loses nothing, an unreadable save is set aside and never wiped, a newer
 * version is left alone, and a save another tab wrote meanwhile is not overwritten unseen.
 * A small business's year: the bench's 5,000-post export (scripts/bench/dashboard-work.ts).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { makeExport } from '../../scripts/bench/dashboard-work';
import { figuresInBrowser, openSaved, saveFiles } from '../../src/lib/dashboard/client';
import { readCsvText } from '../../src/lib/dashboard/read';
import { findLayout, proposedMapping, readRows, type Mapping } from '../../src/lib/dashboard/rows';
import {
  DASHBOARD_KEY,
  DASHBOARD_SET_ASIDE_KEY,
  makeSaved,
  parseSaved,
  type SavedDashboard,
} from '../../src/lib/dashboard/storage';

const TODAY = '2026-12-01';

/** localStorage as the page sees it; `full`: every write refused, as when the quota is reached. */
function memory(initial: Record<string, string> = {}, full = false) {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => {
      if (full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      data.set(key, value);
    },
    removeItem: (key: string) => void data.delete(key),
  };
}

let year: SavedDashboard;
let yearJson: string;
let mapping: Mapping;
let layoutKey: string;
beforeAll(async () => {
  const read = await readCsvText(makeExport(5000));
  if (!read.ok) throw new Error(read.reason);
  const layout = findLayout(read.table.rows, read.table.delimiter);
  mapping = proposedMapping(layout);
  layoutKey = layout.key;
  const reading = readRows(read.table.rows, layout, mapping, TODAY);
  year = makeSaved(
    [{ name: 'meta-posts-2026.csv', posts: reading.posts, problems: reading.problems, currency: 'EUR' }],
    { [layout.key]: mapping },
    new Date('2026-11-30T23:30:00.000Z'),
  );
  yearJson = JSON.stringify(year);
});

/** Opens the save in `store`, shows its file (as the page does when the visitor opens it) and saves it again. */
async function reopenAndSave(store: ReturnType<typeof memory>, now: Date) {
  const found = await openSaved(store);
  if (found.kind !== 'ok') throw new Error(found.kind);
  const key = 1000 + found.state.id;
  const saved = { save: found.state.id, file: 0, currency: found.state.files[0]?.currency ?? null };
  const figures = await figuresInBrowser([{ key, saved }], TODAY);
  return {
    found,
    figures,
    state: await saveFiles(store, [{ key, name: 'meta-posts-2026.csv' }], { [layoutKey]: mapping }, now),
  };
}

describe('the dashboard saved from the worker’s posts', () => {
  it('reopens a 5,000-post year and saves it again in the same format, only the moment changed', async () => {
    expect(year.files[0]?.posts).toHaveLength(5000);
    const store = memory({ [DASHBOARD_KEY]: yearJson });
    const { found, figures, state } = await reopenAndSave(store, new Date('2026-12-01T08:15:00.000Z'));
    if (found.kind !== 'ok') throw new Error(found.kind);
    // What the page keeps of the save: no post.
    expect(found.state.files).toEqual([{ name: 'meta-posts-2026.csv', currency: 'EUR' }]);
    expect(found.state.savedAt).toBe('2026-11-30T23:30:00.000Z');
    expect(figures?.scopes[0]?.posts).toBe(5000);
    expect(state?.savedAt).toBe('2026-12-01T08:15:00.000Z');
    expect(store.data.get(DASHBOARD_KEY)).toBe(JSON.stringify({ ...year, savedAt: '2026-12-01T08:15:00.000Z' }));
    expect(parseSaved(JSON.parse(store.data.get(DASHBOARD_KEY) ?? ''))).not.toBeNull();
  });

  it('loses nothing when the storage is full: the previous save stays, the page says it failed', async () => {
    const store = memory({ [DASHBOARD_KEY]: yearJson }, true);
    const { state } = await reopenAndSave(store, new Date('2026-12-01T08:15:00.000Z'));
    expect(state).toBeNull();
    expect(store.data.get(DASHBOARD_KEY)).toBe(yearJson);
  });

  it('sets an unreadable save aside before saving, and saves over nothing it could not set aside', async () => {
    const store = memory({ [DASHBOARD_KEY]: yearJson });
    const found = await openSaved(store);
    if (found.kind !== 'ok') throw new Error(found.kind);
    await figuresInBrowser([{ key: 77, saved: { save: found.state.id, file: 0, currency: 'EUR' } }], TODAY);
    // Meanwhile the key was damaged (say, a page of another version wrote half of it).
    const damaged = yearJson.slice(0, 1000);
    store.data.set(DASHBOARD_KEY, damaged);
    const state = await saveFiles(store, [{ key: 77, name: 'meta.csv' }], {}, new Date('2026-12-01T08:20:00Z'));
    expect(state?.files).toEqual([{ name: 'meta.csv', currency: 'EUR' }]);
    expect(store.data.get(DASHBOARD_SET_ASIDE_KEY)).toBe(damaged);
    expect(JSON.parse(store.data.get(DASHBOARD_KEY) ?? '')).toMatchObject({ savedAt: '2026-12-01T08:20:00.000Z' });

    const slots = Object.fromEntries(
      [1, 2, 3, 4, 5].map((n) => [n === 1 ? DASHBOARD_SET_ASIDE_KEY : `${DASHBOARD_SET_ASIDE_KEY}-${n}`, 'x']),
    );
    const full = memory({ ...slots, [DASHBOARD_KEY]: damaged });
    expect(await saveFiles(full, [{ key: 77, name: 'meta.csv' }], {}, new Date())).toBeNull();
    expect(full.data.get(DASHBOARD_KEY)).toBe(damaged);

    const newer = memory({ [DASHBOARD_KEY]: '{"version":2,"files":[]}' });
    expect(await saveFiles(newer, [{ key: 77, name: 'meta.csv' }], {}, new Date())).toBeNull();
    expect(newer.data.get(DASHBOARD_KEY)).toBe('{"version":2,"files":[]}');
  });

  it('reads the key again when another tab saved meanwhile: a newer version written then is kept', async () => {
    const store = memory({ [DASHBOARD_KEY]: yearJson });
    const found = await openSaved(store);
    if (found.kind !== 'ok') throw new Error(found.kind);
    await figuresInBrowser([{ key: 78, saved: { save: found.state.id, file: 0, currency: 'EUR' } }], TODAY);
    // The other tab writes right after this page read the key for its save.
    let reads = 0;
    const racing = {
      ...store,
      getItem: (key: string) => {
        const value = store.getItem(key);
        if (key === DASHBOARD_KEY && ++reads === 1) store.data.set(DASHBOARD_KEY, '{"version":2,"files":[]}');
        return value;
      },
    };
    expect(await saveFiles(racing, [{ key: 78, name: 'meta.csv' }], {}, new Date())).toBeNull();
    expect(store.data.get(DASHBOARD_KEY)).toBe('{"version":2,"files":[]}');
  });

  it('on opening, sets an unreadable save aside and leaves a newer one alone', async () => {
    const damaged = memory({ [DASHBOARD_KEY]: '{"version":1,"files":"oops"}' });
    expect(await openSaved(damaged)).toEqual({
      kind: 'set-aside',
      raw: '{"version":1,"files":"oops"}',
      key: DASHBOARD_SET_ASIDE_KEY,
    });
    expect(damaged.data.get(DASHBOARD_SET_ASIDE_KEY)).toBe('{"version":1,"files":"oops"}');
    expect(damaged.data.has(DASHBOARD_KEY)).toBe(false);

    const newer = memory({ [DASHBOARD_KEY]: '{"version":2}' });
    expect(await openSaved(newer)).toEqual({ kind: 'newer', raw: '{"version":2}' });
    expect(newer.data.get(DASHBOARD_KEY)).toBe('{"version":2}');
    expect(await openSaved(memory())).toEqual({ kind: 'empty' });
    expect(await openSaved(null)).toEqual({ kind: 'unavailable' });
  });
});
