import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ANSWERS,
  decodeAnswers,
  encodeAnswers,
  fingerprint,
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
        expect(decodeAnswers(ids, encodeAnswers(ids, answers))).toEqual({ ok: true, answers });
      }),
    );
  });

  it('round-trips through a location hash', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const url = new URL(`https://example.org/fr/tools/audit/#${shareFragment(ids, answers)}`);
        expect(readShareHash(ids, url.hash)).toEqual({ ok: true, answers });
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
          expect(decodeAnswers(qs, encodeAnswers(qs, answers))).toEqual({ ok: true, answers });
        },
      ),
    );
  });

  it('never throws on arbitrary input, and refuses what it cannot read', () => {
    fc.assert(
      fc.property(fc.string(), (code) => {
        const r = decodeAnswers(ids, code);
        if (r.ok) expect(encodeAnswers(ids, r.answers)).toBe(code.trim());
      }),
    );
    expect(decodeAnswers(ids, 'nonsense')).toEqual({ ok: false, error: 'malformed' });
    expect(decodeAnswers(ids, `2.${fingerprint(ids)}.yyyyy`)).toEqual({ ok: false, error: 'version' });
    expect(decodeAnswers(ids, `1.${fingerprint(ids)}.yyyyx`)).toEqual({ ok: false, error: 'malformed' });
    expect(decodeAnswers(ids, `1.${fingerprint(ids)}.yyyy`)).toEqual({ ok: false, error: 'outdated' });
    expect(decodeAnswers([...ids, 'new-question'], encodeAnswers(ids, {}))).toEqual({ ok: false, error: 'outdated' });
  });

  it('has no share code when the hash has none', () => {
    expect(readShareHash(ids, '')).toBeUndefined();
    expect(readShareHash(ids, '#results')).toBeUndefined();
  });
});
