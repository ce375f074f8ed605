/**
 * The pseudo-localiser of the languages-as-data proof (src/lib/i18n/pseudo.ts): English made
 * recognisable (accented, about 35 % longer, in brackets) with every placeholder and plural kept,
 * so that a page built in it shows at a glance a string left untranslated, cut or broken.
 */
import { describe, expect, it } from 'vitest';
import en from '../../src/lib/i18n/en';
import { pseudoDictionary, pseudoLocalize } from '../../src/lib/i18n/pseudo';
import { formatMessage, messageArguments } from '../../src/lib/i18n/translate';

/** Letters a reader would take for untranslated English: two plain ASCII letters in a row. */
const PLAIN_ENGLISH = /[A-Za-z]{2,}/;

describe('one message in the pseudo language', () => {
  it('accents every letter, doubles the vowels and brackets the message', () => {
    expect(pseudoLocalize('Calculate')).toBe('[Çååļçûûļååţéé]');
    expect(pseudoLocalize('Check your objective')).toBe('[Çĥééçķ ýýööûûŕ ööƀĵééçţîîṽéé]');
    expect(pseudoLocalize('')).toBe('');
  });

  it('keeps punctuation, digits and typographic spaces as they are', () => {
    expect(pseudoLocalize('CTR: 2.5\u00a0% — ok?')).toBe('[ÇŢŔ: 2.5\u00a0% — ööķ?]');
  });

  it('keeps placeholders, which the translator then fills', () => {
    const message = pseudoLocalize('Updated on {date}');
    expect(message).toBe('[Ûûþðååţééð ööñ {date}]');
    expect(formatMessage(message, { date: '2 December 2026' }, 'en')).toBe('[Ûûþðååţééð ööñ 2 December 2026]');
  });

  it('keeps ICU plurals: selectors and # untouched, each branch in the pseudo language', () => {
    const message = pseudoLocalize('{count, plural, one {# answer} other {# answers}} imported.');
    expect(message).toBe('[{count, plural, one {# ååñšŵééŕ} other {# ååñšŵééŕš}} îîɱþööŕţééð.]');
    expect(formatMessage(message, { count: 1 }, 'en')).toBe('[1 ååñšŵééŕ îîɱþööŕţééð.]');
    expect(formatMessage(message, { count: 3 }, 'en')).toBe('[3 ååñšŵééŕš îîɱþööŕţééð.]');
    expect(pseudoLocalize('{n, plural, =0 {none} other {# left}}')).toBe('[{n, plural, =0 {ñööñéé} other {# ļééƒţ}}]');
  });

  it('keeps a plural in the middle of a sentence beside a placeholder', () => {
    const english = 'Gap between the two: {gap} {points, plural, one {percentage point} other {percentage points}}.';
    const message = pseudoLocalize(english);
    expect(messageArguments(message)).toEqual(['gap', 'points']);
    expect(formatMessage(message, { gap: '4,5', points: 4.5 }, 'en')).toBe(
      '[Ĝååþ ƀééţŵééééñ ţĥéé ţŵöö: 4,5 þééŕçééñţååĝéé þööîîñţš.]',
    );
  });
});

describe('the whole English dictionary in the pseudo language', () => {
  const pseudo = pseudoDictionary(en);
  const keys = Object.keys(en) as (keyof typeof en)[];

  it('has every key, each with the same placeholders and plural counts as in English', () => {
    expect(Object.keys(pseudo)).toEqual(keys);
    for (const key of keys)
      expect({ key, args: messageArguments(pseudo[key]) }).toEqual({ key, args: messageArguments(en[key]) });
  });

  it('formats every message with no placeholder left, no undefined and no plain English word', () => {
    for (const key of keys) {
      const vars = Object.fromEntries(messageArguments(en[key]).map((name) => [name, 2]));
      const text = formatMessage(pseudo[key], vars, 'en');
      expect({ key, text }).not.toEqual({ key, text: expect.stringMatching(/undefined|NaN|\{|\}/) });
      expect({ key, text }).not.toEqual({ key, text: expect.stringMatching(PLAIN_ENGLISH) });
    }
  });

  it('is 30 to 40 percent longer than English overall, brackets included, as a longer language would be', () => {
    let english = 0;
    let longer = 0;
    for (const key of keys) {
      english += en[key].length;
      longer += pseudo[key].length;
    }
    const ratio = longer / english;
    expect(ratio).toBeGreaterThanOrEqual(1.3);
    expect(ratio).toBeLessThanOrEqual(1.4);
  });
});
