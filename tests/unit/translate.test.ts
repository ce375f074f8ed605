/**
 * The site's one translator: placeholders, and plurals by each language's rules, on the strings
 * visitors read (the self-audit's import and recovery messages, the several-posts gap).
 */
import { describe, expect, it } from 'vitest';
import en from '../../src/lib/i18n/en';
import fr from '../../src/lib/i18n/fr';
import { compiledTranslator } from '../../src/lib/i18n/compiled';
import {
  compileMessage,
  fillMessage,
  formatMessage,
  messageArguments,
  pluralCategory,
  translator,
} from '../../src/lib/i18n/translate';
import { makeT } from '../../src/lib/kpi/format';
import { kpiProps } from '../../src/lib/kpi/strings';
import { formatCount } from '../../src/lib/numbers/format';
import { interpolateMessage } from '../../src/lib/smart/message';

const audit = (dict: Record<string, string>) =>
  Object.fromEntries(
    Object.entries(dict)
      .filter(([k]) => k.startsWith('audit.'))
      .map(([k, v]) => [k.slice('audit.'.length), v]),
  );

describe('plurals, by the rules of each language', () => {
  it('French counts 0 and 1 as singular, English only 1', () => {
    expect([0, 1, 2].map((n) => pluralCategory(n, 'fr'))).toEqual(['one', 'one', 'other']);
    expect([0, 1, 2].map((n) => pluralCategory(n, 'en'))).toEqual(['other', 'one', 'other']);
  });

  it('writes the self-audit’s import messages without “(s)”', () => {
    const tFr = translator(audit(fr), 'fr', { count: formatCount });
    const tEn = translator(audit(en), 'en', { count: formatCount });
    expect(tFr('imported', { count: 1 })).toBe('1 réponse importée.');
    expect(tFr('imported', { count: 0 })).toBe('0 réponse importée.');
    expect(tFr('imported', { count: 1234 })).toBe('1\u202f234 réponses importées.');
    expect(tEn('imported', { count: 1 })).toBe('1 answer imported.');
    expect(tEn('imported', { count: 0 })).toBe('0 answers imported.');
    expect(tEn('importedIgnored', { count: 12, ignored: 1 })).toBe(
      '12 answers imported; 1 answer to a question that no longer exists was ignored.',
    );
    expect(tFr('importedIgnored', { count: 12, ignored: 2 })).toBe(
      '12 réponses importées\u202f; 2 réponses à des questions qui n’existent plus ont été ignorées.',
    );
    expect(tEn('recovered', { answers: 24, attempts: 1 })).toBe('Recovered 24 answers and 1 report.');
    expect(tFr('unanswered', { count: 3 })).toBe(
      '3 questions sans réponse, comptées comme «\u00a0je ne sais pas\u00a0».',
    );
  });

  it('no French or English string says “(s)” any more where a count decides', () => {
    for (const key of [
      'audit.imported',
      'audit.importedIgnored',
      'audit.recovered',
      'audit.unanswered',
      'kpi.posts.gap',
    ] as const) {
      expect(fr[key]).not.toMatch(/\((?:s|e\)?s)\)/);
      expect(en[key]).not.toMatch(/\(s\)/);
    }
  });

  it('picks the exact form `=0` before the language’s category', () => {
    const message = '{n, plural, =0 {no post} one {# post} other {# posts}}';
    expect([0, 1, 5].map((n) => formatMessage(message, { n }, 'en'))).toEqual(['no post', '1 post', '5 posts']);
  });
});

describe('placeholders', () => {
  it('lists the names a message expects, plural counts and placeholders inside plurals included', () => {
    expect(messageArguments(en['audit.importedIgnored'])).toEqual(['count', 'ignored']);
    expect(messageArguments('{gap} {points, plural, one {point} other {points of {who}}}')).toEqual([
      'gap',
      'points',
      'who',
    ]);
  });

  it('fills values as text and leaves unknown placeholders and broken plurals visible', () => {
    expect(formatMessage('{a} and {b}', { a: '<b>x</b>' }, 'en')).toBe('<b>x</b> and {b}');
    expect(formatMessage('{n, plural, one {# a}', { n: 1 }, 'fr')).toBe('{n, plural, one {# a}');
    expect(formatMessage('{n, plural, one {# a} other {# b}}', {}, 'fr')).toBe('{n, plural, one {# a} other {# b}}');
  });

  it('does not read a value as a message (a « {count} » typed by a visitor stays as typed)', () => {
    expect(formatMessage('Goal: {goal}, {n, plural, one {# step} other {# steps}}', { goal: '{n}', n: 2 }, 'en')).toBe(
      'Goal: {n}, 2 steps',
    );
  });

  it('the SMART messages keep translating goal names through the same translator', () => {
    const strings = { 'smart.R.stated': 'But : {words} ({goal}).', 'smart.goal.leads': 'prospects' };
    expect(interpolateMessage(strings, 'smart.R.stated', { words: 'x', goal: 'smart.goal.leads' }, 'fr')).toBe(
      'But : x (prospects).',
    );
  });
});

/*
 * The calculators get their strings compiled by the page (kpiProps) and fill them without the
 * parser: what a visitor reads must not change, plurals included.
 */
describe('strings compiled by the page', () => {
  it('the several-posts gap agrees in number with the figure shown, in both languages', () => {
    const tFr = makeT(kpiProps('fr', 'engagement-rate').strings, 'fr');
    const tEn = makeT(kpiProps('en', 'engagement-rate').strings, 'en');
    expect(tFr('posts.gap', { gap: '1,5', points: 1.5 })).toBe('Écart entre les deux\u00a0: 1,5 point.');
    expect(tFr('posts.gap', { gap: '2', points: 2 })).toBe('Écart entre les deux\u00a0: 2 points.');
    expect(tEn('posts.gap', { gap: '1', points: 1 })).toBe('Gap between the two: 1 percentage point.');
    expect(tEn('posts.gap', { gap: '1.5', points: 1.5 })).toBe('Gap between the two: 1.5 percentage points.');
  });

  it('fills placeholders and keeps a missing key or value visible', () => {
    const t = makeT(kpiProps('en', 'ctr').strings, 'en');
    expect(t('sov.unnamed', { n: 2 })).toBe('Competitor 2');
    expect(t('sov.unnamed')).toBe('Competitor {n}');
    expect(t('no.such.key')).toBe('no.such.key');
  });

  it('every French and English string reads the same once compiled and passed as plain data (an island’s props)', () => {
    const vars = { count: 1234, n: 2, ignored: 1, answers: 24, attempts: 1, points: 1.5, gap: '1,5', value: '3 %' };
    for (const [lang, dict] of [
      ['fr', fr],
      ['en', en],
    ] as const) {
      const compiled = JSON.parse(
        JSON.stringify(Object.fromEntries(Object.entries(dict).map(([k, v]) => [k, compileMessage(v)]))),
      ) as Record<string, ReturnType<typeof compileMessage>>;
      const t = compiledTranslator(compiled, lang, { count: formatCount });
      for (const [key, text] of Object.entries(dict)) {
        expect(t(key, vars), key).toBe(formatMessage(text, vars, lang, { count: formatCount }));
      }
    }
  });

  it('a compiled plural: exact forms first, `#` as the count written in the language', () => {
    const message = compileMessage('{n, plural, =0 {no post} one {# post} other {# posts about {topic}}}');
    expect(typeof message).not.toBe('string');
    expect(fillMessage(message, { n: 0 }, 'en')).toBe('no post');
    expect(fillMessage(message, { n: 1234, topic: 'ads' }, 'fr', { count: formatCount })).toBe(
      '1\u202f234 posts about ads',
    );
    expect(compileMessage('Plain text, no braces.')).toBe('Plain text, no braces.');
  });
});
