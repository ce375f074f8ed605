import { describe, expect, it } from 'vitest';
import { fixFrenchTypography, frenchTypographyIssues, NBSP, NNBSP } from '../../src/lib/typography';

describe('French typography', () => {
  it('puts the right no-break space before high punctuation and inside guillemets', () => {
    expect(fixFrenchTypography('Pourquoi ? Voici : « ceci » ; 12 % !')).toBe(
      `Pourquoi${NNBSP}? Voici${NBSP}: «${NBSP}ceci${NBSP}»${NNBSP}; 12${NBSP}%${NNBSP}!`,
    );
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
