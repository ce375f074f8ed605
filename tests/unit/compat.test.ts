/**
 * Compatibility suite: links, saved states, exports and embed snippets made by an earlier version
 * of the site (tests/fixtures/compat, see its README) must keep working in this one. A change that
 * breaks one of these breaks a trainer's slides or a visitor's saved audit: it needs a migration,
 * not a new fixture.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  answersOf,
  fingerprint,
  loadState,
  QUESTION_SETS,
  saveMerged,
  parseImport,
  questionIds,
  readShareHash,
  scoreAudit,
  STORAGE_KEY,
  type Answers,
  type DimensionRef,
  type KeyValueStore,
} from '../../src/lib/audit';
import { isEmbedSrc } from '../../src/lib/embed/host';
import { iframeCode, type EmbedChoice, type IframeCode } from '../../src/lib/embed/snippet';
import { evaluateKpi, readParams, type KpiId } from '../../src/lib/kpi';
import { fitRefs } from '../../src/lib/audit/fit';
import type { Profile } from '../../src/lib/audit/profile';
import { readShareDate } from '../../src/lib/audit/share-date';
import { AuditDimension } from '../../src/schemas/audit';

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/compat/${name}`, import.meta.url), 'utf8');
const content = AuditDimension.array().parse(
  parse(readFileSync(new URL('../../content/audit.yaml', import.meta.url), 'utf8')),
);
const dimensions: DimensionRef[] = content;
const ids = questionIds(dimensions);

interface LinkFixture {
  name: string;
  answers: Answers;
  fragment: string;
  percent: number;
}
const links = JSON.parse(fixture('audit-links.json')) as { questionIds: string[]; links: LinkFixture[] };
const saved = JSON.parse(fixture('audit-saved.json')) as { key: string; states: { name: string; raw: string }[] };
const snippets = JSON.parse(fixture('embed-snippets.json')) as {
  snippets: { choice: EmbedChoice; options: IframeCode; code: string }[];
};
const urls = JSON.parse(fixture('urls.json')) as {
  kpi: { url: string; kpi: KpiId; values: (number | null)[]; bases?: string[] }[];
};

/** Answers to questions that still exist: a removed question's answer cannot be shown. */
const still = (answers: Answers): Answers =>
  Object.fromEntries(Object.entries(answers).filter(([id]) => ids.includes(id)));

function memoryStore(initial: Record<string, string>): KeyValueStore & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

describe('audit share links made by version 1 (#r=1.…)', () => {
  it('the current question list is registered, so that today’s links open after it changes', () => {
    expect(QUESTION_SETS[fingerprint(ids)]).toEqual(ids);
    expect(QUESTION_SETS[links.links[0]?.fragment.split('.')[1] ?? '']).toEqual(links.questionIds);
  });

  it.each(links.links)('$name: opens with the same answers and score', (link) => {
    const result = readShareHash(ids, link.fragment);
    expect(result?.ok).toBe(true);
    if (!result?.ok) return;
    expect(result.answers).toEqual(still(link.answers));
    // The score its sender saw, read over the list the link was made with (questions added since
    // do not lower it); the page does the same (src/islands/audit/useAuditQuiz.ts).
    const list = result.questions && new Set(result.questions);
    expect(scoreAudit(fitRefs(content, undefined, list), result.answers).percent).toBe(link.percent);
  });
});

interface DatedLinkFixture extends LinkFixture {
  date: string;
  profile?: Profile;
}
const datedLinks = JSON.parse(fixture('audit-links-dated.json')) as { made: string; links: DatedLinkFixture[] };

describe('audit share links with the audit’s date (&date=…, December 2026)', () => {
  it.each(datedLinks.links)('$name: opens with the same answers, profile, score and date', (link) => {
    const result = readShareHash(ids, link.fragment);
    expect(result?.ok).toBe(true);
    if (!result?.ok) return;
    expect(result.stored).toEqual(still(link.answers));
    expect(result.profile).toEqual(link.profile);
    const list = result.questions && new Set(result.questions);
    expect(scoreAudit(fitRefs(content, result.profile?.type, list), result.answers).percent).toBe(link.percent);
    // Opened the day it was made, or a year later: the audit's own date either way.
    const made = new Date(`${datedLinks.made}T12:00:00Z`);
    expect(readShareDate(link.fragment, made)).toBe(link.date);
    expect(readShareDate(link.fragment, new Date(made.getTime() + 365 * 24 * 3600 * 1000))).toBe(link.date);
  });
});

describe('audit saved states written by version 1 (localStorage smm-audit)', () => {
  it('uses the key the contract names', () => expect(saved.key).toBe(STORAGE_KEY));

  it.each(saved.states)('$name: loads with every answer, step and attempt', ({ raw }) => {
    const old = JSON.parse(raw) as {
      current: { answers: Answers; step: number; startedAt: string };
      history: { startedAt: string; finishedAt: string; percent: number; answers: Answers }[];
    };
    const store = memoryStore({ [STORAGE_KEY]: raw });
    const result = loadState(store, ids);
    expect(result.kind).toBe('ok');
    if (result.kind !== 'ok') return;
    const { state } = result;
    expect(answersOf(state)).toEqual(still(old.current.answers));
    expect(state.current.step).toBe(old.current.step);
    expect(state.current.startedAt).toBe(old.current.startedAt);
    expect(state.history.map((h) => [h.finishedAt, h.percent, h.answers])).toEqual(
      old.history.map((h) => [h.finishedAt, h.percent, still(h.answers)]),
    );
    // Nothing set aside, nothing lost: the saved text is still there or was upgraded in place.
    expect([...store.data.keys()]).toEqual([STORAGE_KEY]);
    // Saved again by this version, it reads back the same.
    expect(saveMerged(store, state, ids).kind).toBe('saved');
    const again = loadState(store, ids);
    expect(again.kind === 'ok' && [answersOf(again.state), again.state.history]).toEqual([
      answersOf(state),
      state.history,
    ]);
  });
});

describe('audit JSON export made by version 1', () => {
  it('imports with its answers and both attempts', () => {
    const text = fixture('audit-export.json');
    const old = JSON.parse(text) as { answers: Answers; history: { finishedAt: string; percent: number }[] };
    const result = parseImport(text, dimensions);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.answers).toEqual(still(old.answers));
    expect(result.history.map((h) => [h.finishedAt, h.percent])).toEqual(
      old.history.map((h) => [h.finishedAt, h.percent]),
    );
  });
});

describe('embed snippets copied from the embed panel', () => {
  // A snippet pasted into a course keeps working: the address it frames and the host script it
  // loads are the ones the panel gives today, and /embed.js still recognises its frame. Its
  // attributes may grow (the sandbox gained what each tool needs), never its address.
  const attribute = (html: string, name: string) => new RegExp(`${name}="([^"]*)"`).exec(html)?.[1] ?? '';
  it.each(snippets.snippets)('$choice.lang $choice.tool: the same addresses as today', ({ choice, options, code }) => {
    const today = iframeCode(choice, options);
    const src = attribute(code, 'src').replace(/&amp;/g, '&');
    expect(src).toBe(attribute(today, 'src').replace(/&amp;/g, '&'));
    expect(isEmbedSrc(src, options.origin)).toBe(true);
    expect(/<script src="([^"]*)"/.exec(code)?.[1]).toBe(/<script src="([^"]*)"/.exec(today)?.[1]);
    // What the old sandbox allowed, today's still allows.
    for (const token of attribute(code, 'sandbox').split(' '))
      expect(attribute(today, 'sandbox').split(' ')).toContain(token);
  });
});

describe('calculator addresses from the contract', () => {
  it.each(urls.kpi)('$url', ({ url, kpi, values, bases }) => {
    const { pathname, search } = new URL(url, 'https://smm.example.org');
    const lang = pathname.startsWith('/en/') ? 'en' : 'fr';
    const prefill = readParams(kpi, search, lang);
    const evaluation = evaluateKpi(kpi, prefill.texts, lang, prefill.currency);
    expect(evaluation.outputs.map((o) => o.value)).toEqual(values);
    if (bases) expect(evaluation.outputs.map((o) => o.basis)).toEqual(bases);
  });
});
