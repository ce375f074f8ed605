import { describe, expect, it } from 'vitest';
import { fixFrenchTypography, frenchTypographyIssues, NBSP, NNBSP } from '../../src/lib/typography';

describe('French typography', () => {
  it('puts the right no-break space before high punctuation and inside guillemets', () => {
    expect(fixFrenchTypography('Pourquoi ? Voici : « ceci » ; 12 % !')).toBe(
      `Pourquoi${NNBSP}? Voici${NBSP}: «${NBSP}ceci${NBSP}»${NNBSP}; 12${NBSP}%${NNBSP}!`,
    );
  });

  it('uses the typographic apostrophe in words', () => {
    expect(fixFrenchTypography("Le taux d'engagement, aujourd'hui")).toBe('Le taux d’engagement, aujourd’hui');
  });

  it('finds nothing wrong in correct text, URLs, times or Markdown tables', () => {
    expect(frenchTypographyIssues(`Déjà bon${NBSP}: oui${NNBSP}!`)).toEqual([]);
    expect(frenchTypographyIssues('Voir https://example.org/a:b et 10:30.')).toEqual([]);
    expect(frenchTypographyIssues('| :--- | ---: |')).toEqual([]);
    expect(frenchTypographyIssues('```\nconst a = b ? c : d;\n```')).toEqual([]);
  });

  it('reports each misplaced space with what it should be', () => {
    const issues = frenchTypographyIssues('Quoi ? « Rien »');
    expect(issues.map((i) => i.expected)).toEqual([NNBSP, `«${NBSP}`, `${NBSP}»`]);
  });
});

describe('French typography in YAML front matter', () => {
  it('checks the value of a key line, not the key', () => {
    expect(fixFrenchTypography("title: Qu'est-ce que c'est ?")).toBe(`title: Qu’est-ce que c’est${NNBSP}?`);
    expect(fixFrenchTypography('  - note: lu en 2026 : daté')).toBe(`  - note: lu en 2026${NBSP}: daté`);
  });
});
