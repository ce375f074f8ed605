import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ANSWERS,
  decodeAnswers,
  encodeAnswers,
  fingerprint,
  QUESTION_SETS,
  readShareHash,
  shareFragment,
  type Answers,
} from '../../src/lib/audit';

const ids = ['accounts-listed', 'admin-access', 'owner-mission', 'consistent-identity', 'bio-links'];

const answersArb = fc
  .array(fc.option(fc.constantFrom(...ANSWERS), { nil: undefined }), { minLength: ids.length, maxLength: ids.length })
  .map((list) => {
    const out: Answers = {};
    list.forEach((a, i) => {
      if (a !== undefined) out[ids[i] as string] = a;
    });
    return out;
  });

describe('share-link codec', () => {
  it('round-trips any answers', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        expect(decodeAnswers(ids, encodeAnswers(ids, answers))).toMatchObject({ ok: true, answers, stored: answers });
      }),
    );
  });

  it('round-trips through a location hash', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const url = new URL(`https://example.org/fr/tools/audit/#${shareFragment(ids, answers)}`);
        expect(readShareHash(ids, url.hash)).toMatchObject({ ok: true, answers, stored: answers });
      }),
    );
  });

  it('round-trips any question list', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/), { maxLength: 40 }),
        fc.infiniteStream(fc.constantFrom(...ANSWERS, undefined)),
        (qs, stream) => {
          const answers: Answers = {};
          const it = stream[Symbol.iterator]();
          for (const q of qs) {
            const a = it.next().value;
            if (a !== undefined) answers[q] = a;
          }
          expect(decodeAnswers(qs, encodeAnswers(qs, answers))).toMatchObject({ ok: true, answers, stored: answers });
        },
      ),
    );
  });

  it('never throws on arbitrary input, and refuses what it cannot read', () => {
    fc.assert(
      fc.property(fc.string(), (code) => {
        const r = decodeAnswers(ids, code);
        if (r.ok) expect(encodeAnswers(ids, r.stored)).toBe(code.trim());
      }),
    );
    expect(decodeAnswers(ids, 'nonsense')).toEqual({ ok: false, error: 'malformed' });
    expect(decodeAnswers(ids, `3.${fingerprint(ids)}.yyyyy`)).toEqual({ ok: false, error: 'version' });
    expect(decodeAnswers(ids, `0.${fingerprint(ids)}.yyyyy`)).toEqual({ ok: false, error: 'version' });
    expect(decodeAnswers(ids, `1.${fingerprint(ids)}.yyyyx`)).toEqual({ ok: false, error: 'malformed' });
    expect(decodeAnswers(ids, `1.${fingerprint(ids)}.yyyy`)).toEqual({ ok: false, error: 'outdated' });
    expect(decodeAnswers([...ids, 'new-question'], encodeAnswers(ids, {}))).toEqual({ ok: false, error: 'outdated' });
  });

  it('writes "not applicable" and a profile as version 2, and reads them back', () => {
    const answers = { 'accounts-listed': 'yes', 'admin-access': 'na', 'bio-links': 'unknown' } as const;
    const fragment = shareFragment(ids, answers, { type: 'local', networks: ['instagram', 'facebook'], hours: 3 });
    expect(fragment).toBe(`r=2.${fingerprint(ids)}.yx__u&type=local&networks=facebook,instagram&hours=3`);
    expect(readShareHash(ids, `#${fragment}`)).toEqual({
      ok: true,
      answers: { 'accounts-listed': 'yes', 'bio-links': 'unknown' },
      stored: answers,
      profile: { type: 'local', networks: ['facebook', 'instagram'], hours: 3 },
    });
    // Without either, the link stays version 1, which older pages read too.
    expect(shareFragment(ids, { 'accounts-listed': 'yes' })).toBe(`r=1.${fingerprint(ids)}.y____`);
    // A hand-edited profile keeps only what it knows.
    const edited = readShareHash(
      ids,
      `#r=2.${fingerprint(ids)}.yyyyy&type=%3Cscript%3E&networks=tiktok,myspace&hours=-4&goal=leads`,
    );
    expect(edited).toMatchObject({ ok: true, profile: { networks: ['tiktok'], goal: 'leads' } });
  });

  it('reads a link made with an earlier question list, keeping the answers that still have a question', () => {
    // December 2026 list (question-sets.ts): accounts-listed is its first question, crisis-plan its 25th.
    const old = `1.dt75ue.y${'_'.repeat(23)}n__`;
    expect(decodeAnswers(ids, old)).toEqual({
      ok: true,
      answers: { 'accounts-listed': 'yes' },
      stored: { 'accounts-listed': 'yes' },
      // The list it was made with, so that its score is read over the same questions.
      questions: QUESTION_SETS['dt75ue'],
    });
    expect(decodeAnswers(ids, `1.dt75ue.yyy`)).toEqual({ ok: false, error: 'outdated' });
  });

  it('has no share code when the hash has none', () => {
    expect(readShareHash(ids, '')).toBeUndefined();
    expect(readShareHash(ids, '#results')).toBeUndefined();
  });
});
