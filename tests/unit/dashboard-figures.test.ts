/**
 * The dashboard's figures where the rows are (src/lib/dashboard/figures.ts, run in the worker that
 * read the files: src/lib/dashboard/read.worker.ts): a bakery's French Meta export and a LinkedIn
 * export, the mapping of one changed; the same totals as the summary computed directly, one file
 * re-read at a time, no posts sent back to the page, and only the newest of several quick changes
 * computed.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { networkIds } from '../../src/lib/dashboard/fields';
import { FigureStore, type FigureSource } from '../../src/lib/dashboard/figures';
import { readFile } from '../../src/lib/dashboard/read';
import { findLayout, proposedMapping, readRows, type Layout, type Mapping } from '../../src/lib/dashboard/rows';
import { summariseAll } from '../../src/lib/dashboard/summary';

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
    const before = store.posts([1, 2]);
    // The same mapping, as a copy (as it arrives in the worker): nothing re-read.
    store.figures(sources(structuredClone(meta.mapping)), TODAY);
    expect(store.posts([1, 2]).get(1)).toBe(before.get(1));

    const after = store.figures(sources(withoutCost(meta.mapping)), TODAY);
    const now = store.posts([1, 2]);
    expect(now.get(1)).not.toBe(before.get(1));
    expect(now.get(2)).toBe(before.get(2));
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

    send({ id: 5, type: 'posts', keys: [1] });
    await vi.waitFor(() => expect(posted.find((m) => m.id === 5)).toBeTruthy());
    const posts = (posted.find((m) => m.id === 5) as unknown as { posts: Map<number, unknown[]> }).posts;
    expect(posts.get(1)?.length).toBe(readRows(meta.rows, meta.layout, meta.mapping, TODAY).posts.length);
  });
});
