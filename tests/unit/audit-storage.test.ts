import { describe, expect, it } from 'vitest';
import {
  answersOf,
  compareReports,
  importInto,
  removeAttempt,
  emptyState,
  exportCsv,
  exportJson,
  finishAttempt,
  loadState,
  newAttempt,
  mergeStates,
  parseImport,
  parseSaved,
  recoverState,
  saveState,
  scoreAudit,
  SET_ASIDE_KEY,
  STORAGE_KEY,
  withAnswer,
  withStep,
  type DimensionRef,
  type KeyValueStore,
} from '../../src/lib/audit';

const dims: DimensionRef[] = [
  {
    id: 'a',
    questions: [
      { id: 'a1', weight: 1 },
      { id: 'a2', weight: 2 },
    ],
  },
  { id: 'b', questions: [{ id: 'b1', weight: 1 }] },
];
const ids = ['a1', 'a2', 'b1'];
const t0 = new Date('2025-01-10T09:00:00.000Z');
const t1 = new Date('2025-04-10T09:00:00.000Z');

function memoryStore(initial: Record<string, string> = {}): KeyValueStore & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, String(v)),
    removeItem: (k) => void data.delete(k),
  };
}

describe('saved state', () => {
  it('saves and loads back what was saved', () => {
    const store = memoryStore();
    let state = withAnswer(emptyState(t0), 'a1', 'yes', t0);
    state = withStep(state, 2, t0);
    expect(saveState(store, state)).toBe(true);
    expect(loadState(store, ids)).toEqual({ kind: 'ok', state });
  });

  it('is empty when nothing is saved', () => {
    expect(loadState(memoryStore(), ids)).toEqual({ kind: 'empty' });
  });

  it.each([
    ['corrupted JSON', '{"version":1,"current":', 'corrupted'],
    ['foreign JSON', '{"theme":"dark"}', 'foreign'],
    ['a bare value', '42', 'foreign'],
    ['an older version', '{"version":0,"answers":{"a1":"yes"}}', 'old'],
    [
      'a wrong answer value',
      JSON.stringify({ ...emptyState(t0), current: { ...emptyState(t0).current, answers: { a1: 'maybe' } } }),
      'corrupted',
    ],
    [
      'a bad step',
      JSON.stringify({ ...emptyState(t0), current: { ...emptyState(t0).current, step: -3 } }),
      'corrupted',
    ],
    [
      'a bad date',
      JSON.stringify({ ...emptyState(t0), current: { ...emptyState(t0).current, updatedAt: 'yesterday' } }),
      'corrupted',
    ],
    [
      'a bad history entry',
      JSON.stringify({
        ...emptyState(t0),
        history: [
          { startedAt: t0.toISOString(), finishedAt: t0.toISOString(), answers: {}, percent: 140, dimensions: {} },
        ],
      }),
      'corrupted',
    ],
    ['a history that is not a list', JSON.stringify({ ...emptyState(t0), history: {} }), 'corrupted'],
    ['a foreign array', '[1,2,3]', 'foreign'],
  ])('sets aside %s, keeping it under another key', (_, raw, reason) => {
    const store = memoryStore({ [STORAGE_KEY]: raw });
    const result = loadState(store, ids);
    expect(result).toEqual({ kind: 'set-aside', reason, raw, key: SET_ASIDE_KEY });
    expect(store.data.get(SET_ASIDE_KEY)).toBe(raw);
    expect(store.data.has(STORAGE_KEY)).toBe(false);
  });

  it('never overwrites an earlier set-aside state', () => {
    const store = memoryStore({ [STORAGE_KEY]: 'second', [SET_ASIDE_KEY]: 'first' });
    expect(loadState(store, ids)).toMatchObject({ kind: 'set-aside', key: `${SET_ASIDE_KEY}-2` });
    expect(store.data.get(SET_ASIDE_KEY)).toBe('first');
    expect(store.data.get(`${SET_ASIDE_KEY}-2`)).toBe('second');
  });

  it('drops answers to questions that no longer exist', () => {
    const state = withAnswer(withAnswer(emptyState(t0), 'gone', 'yes', t0), 'a1', 'no', t0);
    const store = memoryStore({ [STORAGE_KEY]: JSON.stringify(state) });
    const result = loadState(store, ids);
    expect(result.kind === 'ok' && answersOf(result.state)).toEqual({ a1: 'no' });
  });

  it('reports storage that cannot be read instead of throwing', () => {
    const broken: KeyValueStore = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => undefined,
    };
    expect(loadState(broken, ids)).toEqual({ kind: 'unavailable' });
    expect(saveState(broken, emptyState(t0))).toBe(false);
  });

  it('recovers what it can from old or broken data', () => {
    const old = JSON.stringify({ version: 0, answers: { a1: 'yes', a2: 'bogus', zz: 'no' } });
    const r = recoverState(old, ids, t1);
    expect(r.answers).toBe(1);
    expect(answersOf(r.state)).toEqual({ a1: 'yes' });

    const finished = finishAttempt(withAnswer(emptyState(t0), 'b1', 'partly', t0), dims, t0);
    const broken = JSON.stringify({
      ...finished,
      history: [...finished.history, { nonsense: true }],
      current: { answers: { b1: 'no' } },
    });
    const r2 = recoverState(broken, ids, t1);
    expect(r2).toMatchObject({ answers: 1, attempts: 1 });
    expect(recoverState('not json at all', ids, t1)).toMatchObject({ answers: 0, attempts: 0 });
  });
});

describe('history', () => {
  it('records finished attempts, updates the same attempt, compares latest with previous', () => {
    let state = withAnswer(emptyState(t0), 'a1', 'partly', t0);
    state = finishAttempt(state, dims, t0);
    state = withAnswer(withAnswer(state, 'a2', 'yes', t0), 'b1', 'no', t0);
    state = finishAttempt(state, dims, t0);
    expect(state.history).toHaveLength(1);
    expect(state.history[0]).toMatchObject({ percent: 63, dimensions: { a: 83, b: 0 } });

    state = newAttempt(state, t1);
    expect(answersOf(state)).toEqual({});
    state = withAnswer(withAnswer(withAnswer(state, 'a1', 'yes', t1), 'a2', 'yes', t1), 'b1', 'partly', t1);
    state = finishAttempt(state, dims, t1);
    expect(state.history).toHaveLength(2);
    expect(compareReports(state.history, ['a', 'b'])?.rows).toEqual([
      { id: 'a', latest: 100, previous: 83, delta: 17 },
      { id: 'b', latest: 50, previous: 0, delta: 50 },
      { id: 'overall', latest: 88, previous: 63, delta: 25 },
    ]);
    expect(compareReports([], ['a'])).toBeUndefined();
  });

  it('marks a half-finished report as partial and never compares it', () => {
    let state = finishAttempt(
      withAnswer(withAnswer(withAnswer(emptyState(t0), 'a1', 'yes', t0), 'a2', 'yes', t0), 'b1', 'yes', t0),
      dims,
      t0,
    );
    state = finishAttempt(withAnswer(newAttempt(state, t1), 'a1', 'no', t1), dims, t1);
    expect(state.history.map((h) => h.partial)).toEqual([undefined, true]);
    expect(compareReports(state.history, ['a', 'b'])).toBeUndefined();
    // Kept through a save and a reload.
    expect(parseSaved(JSON.stringify(state), ids)).toMatchObject({
      kind: 'ok',
      state: { history: [{}, { partial: true }] },
    });
  });

  it('deletes a report for good, even when another tab still has it', () => {
    const state = finishAttempt(withAnswer(emptyState(t0), 'a1', 'yes', t0), dims, t0);
    const id = state.history[0]?.id ?? '';
    const gone = removeAttempt(state, id);
    expect(gone.history).toEqual([]);
    expect(mergeStates(state, gone).history).toEqual([]);
  });

  it('imports by merging without duplicates, or by replacing without a copy of the last report', () => {
    const mine = finishAttempt(withAnswer(emptyState(t0), 'a1', 'yes', t0), dims, t0);
    const file = parseImport(exportJson(mine, t1), dims);
    if (!file.ok) throw new Error('export not read');
    const merged = importInto(mine, file, 'merge', t1, 2);
    expect(merged.history).toHaveLength(1);
    expect(importInto(merged, file, 'merge', t1, 2).history).toHaveLength(1);
    const replaced = importInto(emptyState(t1), file, 'replace', t1, 2);
    expect(replaced.current.step).toBe(2);
    expect(answersOf(replaced)).toEqual({ a1: 'yes' });
    // Finishing the replaced audit updates its last report instead of adding a copy.
    expect(finishAttempt(replaced, dims, t1).history).toHaveLength(1);
  });
});

describe('export and import', () => {
  it('imports its own JSON export', () => {
    const state = finishAttempt(withAnswer(emptyState(t0), 'a1', 'yes', t0), dims, t0);
    const json = exportJson(state, t1);
    expect(parseImport(json, dims)).toEqual({ ok: true, answers: { a1: 'yes' }, history: state.history, ignored: 0 });
  });

  it.each([
    ['not JSON', 'hello', 'not-json'],
    ['another JSON file', '{"name":"x"}', 'not-audit'],
    ['null', 'null', 'not-audit'],
    ['another version', '{"format":"smm-audit","version":9,"answers":{}}', 'version'],
    ['a bad answer', '{"format":"smm-audit","version":1,"answers":{"a1":"maybe"}}', 'invalid'],
    ['a bad history', '{"format":"smm-audit","version":1,"answers":{},"history":[{"percent":500}]}', 'invalid'],
    ['a huge file', `{"format":"smm-audit","pad":"${'x'.repeat(600_000)}"}`, 'too-large'],
  ])('refuses %s with a reason', (_, text, error) => {
    expect(parseImport(text, dims)).toEqual({ ok: false, error });
  });

  it('counts answers to unknown questions instead of failing', () => {
    const r = parseImport('{"format":"smm-audit","version":1,"answers":{"a1":"no","old":"yes"}}', dims);
    expect(r).toEqual({ ok: true, answers: { a1: 'no' }, history: [], ignored: 1 });
  });

  const csvDims = [
    {
      id: 'a',
      title: 'Dim; A, "1"',
      questions: [
        { id: 'a1', weight: 1, question: 'Is it ok?' },
        { id: 'a2', weight: 2, question: '=cmd()' },
      ],
    },
    { id: 'b', title: 'B', questions: [{ id: 'b1', weight: 1, question: '-1 or +1?' }] },
  ];
  const labels = {
    header: ['date', 'row', 'area', 'question', 'answer', 'points', 'weight', 'score'],
    detail: 'detail',
    summary: 'summary',
    answers: { no: 'no', partly: 'partly', yes: 'yes', unknown: "don't know", na: 'n/a', skipped: 'skipped' },
    levels: { priority: 'priority', improve: 'improve', maintain: 'maintain' },
    overall: '@Overall',
  } as const;
  const csvAnswers = { a1: 'partly', b1: 'unknown' } as const;

  it('exports French CSV: BOM, semicolons, CRLF, decimal commas, ISO dates, summary apart', () => {
    const csv = exportCsv(csvDims, csvAnswers, scoreAudit(dims, csvAnswers), labels, { lang: 'fr', date: t1 });
    expect(csv.startsWith('\ufeffdate;row;')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/\n/);
    expect(lines[1]).toBe('2025-04-10;detail;"Dim; A, ""1""";Is it ok?;partly;1;1;16,7');
    expect(lines[2]).toBe('2025-04-10;detail;"Dim; A, ""1""";\'=cmd();skipped;0;2;16,7');
    expect(lines[3]).toBe("2025-04-10;detail;B;'-1 or +1?;don't know;0;1;0");
    expect(lines[4]).toBe('');
    expect(lines.at(-2)).toBe("2025-04-10;summary;'@Overall;priority;;1;8;12,5");
    expect(lines.at(-1)).toBe('');
  });

  it('exports English CSV with commas and decimal points, without a BOM', () => {
    const csv = exportCsv(csvDims, csvAnswers, scoreAudit(dims, csvAnswers), labels, { lang: 'en', date: t1 });
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('date,row,area,question,answer,points,weight,score');
    expect(lines[1]).toBe('2025-04-10,detail,"Dim; A, ""1""",Is it ok?,partly,1,1,16.7');
    expect(lines.at(-2)).toBe("2025-04-10,summary,'@Overall,priority,,1,8,12.5");
  });
});
