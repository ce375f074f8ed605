/**
 * The SMART checker against a labelled corpus (tests/fixtures/smart-corpus): agreement per
 * criterion on the tuning set and, apart, on the held-out fifth, which was chosen before any
 * tuning and never used for it. Agreement means the same status; for Achievable, "partial" and
 * "unknown" count as one. The test prints the table and fails below the targets on the held-out
 * fifth (S, M, T ≥ 90 %; A, R ≥ 80 %). When a second, independent labelling exists
 * (labels-second.json), it also prints where the two labellings disagree.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeObjective, CRITERIA, type Criterion, type Status } from '../../src/lib/smart';

interface Objective {
  id: string;
  lang: 'fr' | 'en';
  text: string;
  today?: string;
}
type Label = Record<Criterion, Status> & { reason: string; heldout?: boolean };

const dir = new URL('../fixtures/smart-corpus/', import.meta.url);
const corpus = JSON.parse(readFileSync(new URL('objectives.json', dir), 'utf8')) as {
  today: string;
  objectives: Objective[];
};
const labels = JSON.parse(readFileSync(new URL('labels.json', dir), 'utf8')) as Record<string, Label>;
const secondFile = new URL('labels-second.json', dir);

const TARGETS: Record<Criterion, number> = {
  specific: 0.9,
  measurable: 0.9,
  'time-bound': 0.9,
  achievable: 0.8,
  relevant: 0.8,
};

/** Same status; for Achievable, "partial" and "unknown" are one. */
export function agree(criterion: Criterion, a: Status, b: Status): boolean {
  const norm = (s: Status) => (criterion === 'achievable' && s === 'unknown' ? 'partial' : s);
  return norm(a) === norm(b);
}

function analyse(o: Objective) {
  const now = new Date(`${o.today ?? corpus.today}T12:00:00Z`);
  return analyzeObjective(o.text, { lang: o.lang, now });
}

function table(rows: [string, Objective[]][], label: (o: Objective) => Label | undefined) {
  const out: Record<string, Record<Criterion, number>> = {};
  const misses: string[] = [];
  for (const [name, list] of rows) {
    const counts = Object.fromEntries(CRITERIA.map((c) => [c, 0])) as Record<Criterion, number>;
    let n = 0;
    for (const o of list) {
      const l = label(o);
      if (!l) continue;
      n++;
      const a = analyse(o);
      for (const c of a.criteria) {
        if (agree(c.criterion, c.status, l[c.criterion])) counts[c.criterion]++;
        else misses.push(`${name} ${o.id} ${c.criterion}: engine ${c.status}, label ${l[c.criterion]} — ${o.text}`);
      }
    }
    out[`${name} (${n})`] = Object.fromEntries(
      CRITERIA.map((c) => [c, n ? Math.round((counts[c] / n) * 1000) / 10 : 0]),
    ) as Record<Criterion, number>;
  }
  return { out, misses };
}

describe('SMART corpus', () => {
  const all = corpus.objectives;
  const heldout = all.filter((o) => labels[o.id]?.heldout);
  const tuning = all.filter((o) => !labels[o.id]?.heldout);

  it('is at least 150 objectives, half in each language, each labelled on the five criteria', () => {
    expect(all.length).toBeGreaterThanOrEqual(150);
    expect(all.filter((o) => o.lang === 'fr').length).toBe(all.length / 2);
    for (const o of all) {
      const l = labels[o.id];
      expect(l, o.id).toBeDefined();
      for (const c of CRITERIA) expect(['met', 'partial', 'missing', 'unknown']).toContain(l?.[c]);
      expect(l?.reason.length, o.id).toBeGreaterThan(5);
    }
    expect(heldout.length).toBe(all.length / 5);
  });

  it('agrees with the labels on the held-out fifth (S, M, T ≥ 90 %; A, R ≥ 80 %)', () => {
    const { out, misses } = table(
      [
        ['tuning', tuning],
        ['held-out', heldout],
      ],
      (o) => labels[o.id],
    );
    console.log('Agreement with the labels (%):');
    console.table(out);
    // Only the tuning set's misses are ever listed: the held-out fifth is reported as counts.
    if (process.env.SMART_CORPUS_MISSES) console.log(misses.filter((m) => m.startsWith('tuning')).join('\n'));
    const held = Object.entries(out).find(([k]) => k.startsWith('held-out'))?.[1];
    for (const c of CRITERIA) expect(held?.[c], c).toBeGreaterThanOrEqual(TARGETS[c] * 100);
  });

  it.runIf(existsSync(secondFile))('reports where an independent second labelling disagrees', () => {
    const raw = JSON.parse(readFileSync(secondFile, 'utf8')) as {
      labels?: Record<string, Partial<Label>>;
    } & Record<string, unknown>;
    const second = (raw.labels ?? raw) as Record<string, Partial<Label>>;
    const ids = Object.keys(second).filter((id) => labels[id]);
    const rows: string[] = [];
    const counts = Object.fromEntries(CRITERIA.map((c) => [c, 0])) as Record<Criterion, number>;
    for (const id of ids) {
      for (const c of CRITERIA) {
        const a = labels[id]?.[c];
        const b = second[id]?.[c];
        if (a && b && agree(c, a, b)) counts[c]++;
        else rows.push(`${id} ${c}: first ${a}, second ${b}`);
      }
    }
    console.log(`Second labelling: ${ids.length} objectives; agreement between labellers (%):`);
    console.table(
      Object.fromEntries(CRITERIA.map((c) => [c, ids.length ? Math.round((counts[c] / ids.length) * 1000) / 10 : 0])),
    );
    console.log(rows.join('\n'));
    // The engine against the independent labels: the least self-serving measure there is.
    const { out } = table(
      [
        ['second, tuning', all.filter((o) => second[o.id] && !labels[o.id]?.heldout)],
        ['second, held-out', all.filter((o) => second[o.id] && labels[o.id]?.heldout)],
      ],
      (o) => second[o.id] as Label | undefined,
    );
    console.log('Engine against the second labelling (%):');
    console.table(out);
    expect(ids.length).toBeGreaterThan(0);
  });
});

/**
 * A second held-out set (fresh.json), written and labelled by another author from the
 * definitions only, and committed before the engine was ever run on it: typos, missing accents,
 * bullet lists, very long and mixed-language objectives, unlike the corpus above.
 */
describe('SMART fresh held-out set', () => {
  const fresh = JSON.parse(readFileSync(new URL('fresh.json', dir), 'utf8')) as {
    today: string;
    objectives: (Objective & Label)[];
  };

  it('is 30 objectives, half in each language, each labelled on the five criteria', () => {
    expect(fresh.objectives).toHaveLength(30);
    expect(fresh.objectives.filter((o) => o.lang === 'fr')).toHaveLength(15);
    for (const o of fresh.objectives)
      for (const c of CRITERIA) expect(['met', 'partial', 'missing', 'unknown']).toContain(o[c]);
  });

  it('agrees with the labels (S, M, T ≥ 90 %; A, R ≥ 80 %)', () => {
    const list = fresh.objectives.map((o) => ({ ...o, today: o.today ?? fresh.today }));
    const { out, misses } = table([['fresh', list]], (o) => o as Objective & Label);
    console.log('Agreement with the fresh held-out labels (%):');
    console.table(out);
    console.log(misses.join('\n'));
    const row = Object.values(out)[0];
    for (const c of CRITERIA) expect(row?.[c], c).toBeGreaterThanOrEqual(TARGETS[c] * 100);
  });
});
