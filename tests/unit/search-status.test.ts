import { describe, expect, it } from 'vitest';
import { statusText, stripBidi } from '../../src/lib/search/status';

const fr = '{count} résultat(s) pour « {query} »';
const en = 'Nothing found for “{query}”. Try a shorter word or a synonym.';

describe('search status text', () => {
  it('shows a query with replacement patterns exactly as typed', () => {
    expect(statusText(fr, '$&', 3)).toBe('3 résultat(s) pour « $& »');
    expect(statusText(en, "taux $' de $` clic $1 $$")).toBe(
      "Nothing found for “taux $' de $` clic $1 $$”. Try a shorter word or a synonym.",
    );
    expect(statusText(fr, '{count}', 2)).toBe('2 résultat(s) pour « {count} »');
  });

  it('drops bidirectional overrides so the sentence cannot be turned around', () => {
    const hostile = 'cpc\u202Egnp.exe\u202C';
    expect(statusText(en, hostile)).toBe('Nothing found for “cpcgnp.exe”. Try a shorter word or a synonym.');
    expect(stripBidi('a\u2066b\u2069c\u200Fd\u061Ce')).toBe('abcde');
    expect(statusText(fr, 'réseaux sociaux', 12)).toBe('12 résultat(s) pour « réseaux sociaux »');
  });
});
