/**
 * The dashboard's figures where the rows are (src/lib/dashboard/figures.ts, run in the worker that
 * read the files: src/lib/dashboard/read.worker.ts): a bakery's French Meta export and a LinkedIn
 * export, the mapping of one changed; the same totals as the summary computed directly, one file
 * re-read at a time, no posts sent back to the page, and only the newest of several quick changes
 * computed. The worker also writes the save from the posts it holds, and reads a save back and
 * keeps its posts (the page's side of the save: tests/unit/dashboard-save.test.ts).
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { networkIds } from '../../src/lib/dashboard/fields';
import { FigureStore, type FigureSource, type Figures } from '../../src/lib/dashboard/figures';
import { readFile } from '../../src/lib/dashboard/read';
import { findLayout, proposedMapping, readRows, type Layout, type Mapping } from '../../src/lib/dashboard/rows';
import { makeSaved } from '../../src/lib/dashboard/storage';
import { summariseAll } from '../../src/lib/dashboard/summary';
import type { Opened, Saving } from '../../src/lib/dashboard/work';

const TODAY = '2026-12-01';

async function open(name: string) {
  const bytes = new Uint8Array(readFileSync(new URL(`../fixtures/dashboard/${name}`, import.meta.url)));
  const result = await readFile(name, bytes);
  if (!result.ok) throw new Error(`${name}: ${result.reason}`);
  const layout = findLayout(result.table.rows, result.table.delimiter);
  return { rows: result.table.rows, layout, mapping: proposedMapping(layout) };
}

let meta: { rows: string[][]; layout: Layout; mapping: Mapping };
let linkedin: { rows: string[][]; layout: Layout; mapping: Mapping };
beforeAll(async () => {
  meta = await open('meta-fr-windows1252.csv');
  linkedin = await open('linkedin-en-bom.csv');
});

/** The mapping with the cost column ignored, as a visitor who takes it out of the totals. */
const withoutCost = (m: Mapping): Mapping => ({ ...m, columns: m.columns.map((c) => (c === 'cost' ? null : c)) });

describe('FigureStore', () => {
  it('gives the totals of all files together, and each reading without its posts', () => {
    const store = new FigureStore();
    store.keep(1, meta.rows);
    store.keep(2, linkedin.rows);
    const figures = store.figures(
      [
        { key: 1, layout: meta.layout, mapping: meta.mapping },
        { key: 2, layout: linkedin.layout, mapping: linkedin.mapping },
      ],
      TODAY,
    );
    const a = readRows(meta.rows, meta.layout, meta.mapping, TODAY);
    const b = readRows(linkedin.rows, linkedin.layout, linkedin.mapping, TODAY);
    expect(figures.scopes).toEqual(summariseAll([...a.posts, ...b.posts], networkIds));
    expect(figures.readings.get(1)?.posts).toBe(a.posts.length);
    expect(figures.readings.get(1)?.problems).toEqual(a.problems);
    expect(figures.readings.get(2)?.posts).toBe(b.posts.length);
    // Structured clone (what crosses to the page) keeps it whole.
    expect(structuredClone(figures)).toEqual(figures);
  });

  it('re-reads only the file whose mapping changed, compared by value', () => {
    const store = new FigureStore();
    store.keep(1, meta.rows);
    store.keep(2, linkedin.rows);
    const sources = (m: Mapping): FigureSource[] => [
      { key: 1, layout: meta.layout, mapping: m },
      { key: 2, layout: linkedin.layout, mapping: linkedin.mapping },
    ];
    const first = store.figures(sources(meta.mapping), TODAY);
    const posts = (key: number) => store.lastReading(key)?.posts;
    const before = [posts(1), posts(2)];
    // The same mapping, as a copy (as it arrives in the worker): nothing re-read.
    store.figures(sources(structuredClone(meta.mapping)), TODAY);
    expect(posts(1)).toBe(before[0]);

    const after = store.figures(sources(withoutCost(meta.mapping)), TODAY);
    expect(posts(1)).not.toBe(before[0]);
    expect(posts(2)).toBe(before[1]);
    expect(first.scopes[0]?.sums.cost).toBeGreaterThan(0);
    // The LinkedIn export has no cost column: no cost left in the totals.
    expect(after.scopes[0]?.sums.cost).toBeUndefined();
  });

  it('keeps saved figures sent once, even from a request that was not computed', () => {
    const store = new FigureStore();
    const reading = readRows(meta.rows, meta.layout, meta.mapping, TODAY);
    const saved = { posts: reading.posts, problems: reading.problems, currency: null, askCurrency: true };
    store.remember([{ key: 7, saved }]);
    const figures = store.figures([{ key: 7, saved: null }], TODAY);
    expect(figures.readings.get(7)).toMatchObject({ posts: reading.posts.length, askCurrency: 'none' });
    expect(figures.scopes[0]?.posts).toBe(reading.posts.length);
    store.forget(7);
    expect(store.figures([{ key: 7, saved: null }], TODAY).scopes).toEqual([]);
  });
});

describe('the worker', () => {
  const posted: { id: number; stale?: boolean; figures?: unknown; result?: unknown }[] = [];
  const listeners: ((event: { data: unknown }) => void)[] = [];
  const send = (data: unknown) => {
    for (const listener of listeners) listener({ data });
  };
  const reply = async (id: number): Promise<unknown> => {
    await vi.waitFor(() => expect(posted.find((m) => m.id === id)).toBeTruthy());
    return posted.find((m) => m.id === id);
  };

  beforeAll(async () => {
    vi.stubGlobal('self', {
      addEventListener: (_: string, listener: (event: { data: unknown }) => void) => listeners.push(listener),
      postMessage: (message: (typeof posted)[number]) => posted.push(message),
    });
    await import('../../src/lib/dashboard/read.worker');
  });
  afterAll(() => vi.unstubAllGlobals());

  it('keeps the rows it read, then computes only the newest of quick mapping changes', async () => {
    const bytes = readFileSync(new URL('../fixtures/dashboard/meta-fr-windows1252.csv', import.meta.url));
    send({ id: 1, type: 'read', name: 'meta.csv', bytes: new Uint8Array(bytes).buffer, key: 1 });
    await vi.waitFor(() => expect(posted.find((m) => m.id === 1)).toBeTruthy());

    // Three choices in a row (cost out, back in, out again) before the worker gets to them.
    send({
      id: 2,
      type: 'figures',
      sources: [{ key: 1, layout: meta.layout, mapping: withoutCost(meta.mapping) }],
      today: TODAY,
    });
    send({ id: 3, type: 'figures', sources: [{ key: 1, layout: meta.layout, mapping: meta.mapping }], today: TODAY });
    send({
      id: 4,
      type: 'figures',
      sources: [{ key: 1, layout: meta.layout, mapping: withoutCost(meta.mapping) }],
      today: TODAY,
    });
    await vi.waitFor(() => expect(posted.find((m) => m.id === 4)).toBeTruthy());
    expect(posted.find((m) => m.id === 2)).toEqual({ id: 2, stale: true });
    expect(posted.find((m) => m.id === 3)).toEqual({ id: 3, stale: true });
    const figures = posted.find((m) => m.id === 4)?.figures as { scopes: { sums: { cost?: number } }[] };
    expect(figures.scopes[0]?.sums.cost).toBeUndefined();
  });

  it('writes the save from the posts it holds, as the format says, after the figures asked before it', async () => {
    // The visitor puts the cost column back and presses Save at once: the save has the costs.
    send({ id: 10, type: 'figures', sources: [{ key: 1, layout: meta.layout, mapping: meta.mapping }], today: TODAY });
    const request = {
      files: [{ key: 1, name: 'meta-fr.csv' }],
      layouts: { [meta.layout.key]: meta.mapping },
      now: '2026-12-01T09:00:00.000Z',
      before: null,
    };
    send({ id: 11, type: 'save', request });
    const saving = ((await reply(11)) as { saving: Saving }).saving;
    const reading = readRows(meta.rows, meta.layout, meta.mapping, TODAY);
    const expected = makeSaved(
      [{ name: 'meta-fr.csv', posts: reading.posts, problems: reading.problems, currency: 'EUR' }],
      { [meta.layout.key]: meta.mapping },
      new Date('2026-12-01T09:00:00.000Z'),
    );
    // The same text as the page wrote before (version 1), so that older and newer pages read it.
    expect(saving.json).toBe(JSON.stringify(expected));
    expect(JSON.parse(saving.json)).toMatchObject({ version: 1, savedAt: '2026-12-01T09:00:00.000Z' });
    expect(reading.posts.some((p) => p.values.cost !== undefined)).toBe(true);
    expect(saving.found).toBe('empty');
    expect(saving.state).toEqual({
      id: saving.state.id,
      savedAt: '2026-12-01T09:00:00.000Z',
      layouts: expected.layouts,
      files: [{ name: 'meta-fr.csv', currency: 'EUR' }],
    });
    // What the key held is checked here too: the page never parses it.
    send({ id: 12, type: 'save', request: { ...request, before: '{"version":2}' } });
    send({ id: 13, type: 'save', request: { ...request, before: '{"version":1,"files":"oops"}' } });
    send({ id: 14, type: 'save', request: { ...request, before: saving.json } });
    expect(((await reply(12)) as { saving: Saving }).saving.found).toBe('newer');
    expect(((await reply(13)) as { saving: Saving }).saving.found).toBe('unreadable');
    expect(((await reply(14)) as { saving: Saving }).saving.found).toBe('ok');
  });

  it('reads a save back and keeps its posts: the page gets their figures, never the posts', async () => {
    const reading = readRows(meta.rows, meta.layout, meta.mapping, TODAY);
    const json = JSON.stringify(
      makeSaved(
        [{ name: 'meta-fr.csv', posts: reading.posts, problems: reading.problems }],
        { [meta.layout.key]: meta.mapping },
        new Date('2026-11-30T22:30:00.000Z'),
      ),
    );
    send({ id: 20, type: 'open', raw: json });
    const opened = ((await reply(20)) as { opened: Opened }).opened;
    if (opened.kind !== 'ok') throw new Error(opened.kind);
    expect(opened.state.files).toEqual([{ name: 'meta-fr.csv', currency: null }]);
    expect(JSON.stringify(opened).length).toBeLessThan(2000);

    const saved = { save: opened.state.id, file: 0, currency: null };
    send({ id: 21, type: 'figures', sources: [{ key: 30, saved }], today: TODAY });
    // The page no longer offers that save (say it saved again): the file reopened keeps its figures.
    send({ id: 22, type: 'drop', save: opened.state.id });
    const figures = ((await reply(21)) as { figures: Figures }).figures;
    expect(figures.scopes).toEqual(summariseAll(reading.posts, networkIds));
    expect(figures.readings.get(30)).toMatchObject({ posts: reading.posts.length, askCurrency: 'none' });

    // The currency answered afterwards: the same posts, with it.
    send({ id: 23, type: 'figures', sources: [{ key: 30, saved: { ...saved, currency: 'EUR' } }], today: TODAY });
    const after = ((await reply(23)) as { figures: Figures }).figures;
    expect(after.currency).toBe('EUR');
    expect(after.scopes).toEqual(figures.scopes);

    send({ id: 24, type: 'open', raw: '{"version":2,"files":[]}' });
    send({ id: 25, type: 'open', raw: json.slice(0, -1) });
    expect(((await reply(24)) as { opened: Opened }).opened).toEqual({ kind: 'newer' });
    expect(((await reply(25)) as { opened: Opened }).opened).toEqual({ kind: 'unreadable' });
  });
});
