import { describe, expect, it } from 'vitest';
import {
  englishTypographyIssues,
  fixEnglishTypography,
  fixFrenchTypography,
  frenchTypographyIssues,
  NBSP,
  NNBSP,
} from '../../src/lib/typography';

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

describe('numbers and units, in both languages', () => {
  it('joins a number and its unit with a no-break space', () => {
    expect(fixFrenchTypography('Répondre sous 24 h, pour 3 € et 51,5 M de personnes')).toBe(
      `Répondre sous 24${NBSP}h, pour 3${NBSP}€ et 51,5${NBSP}M de personnes`,
    );
    expect(fixEnglishTypography('Reply within 24 h; 400 M monthly users; 12 px')).toBe(
      `Reply within 24${NBSP}h; 400${NBSP}M monthly users; 12${NBSP}px`,
    );
  });

  it('leaves words that merely start like a unit alone', () => {
    expect(englishTypographyIssues('In 2024 hashtags mattered; 3 months; 5 minutes; 2 Mondays')).toEqual([]);
    expect(frenchTypographyIssues('En 2024 halte ; 3 mois ; 5 minutes')).toHaveLength(2); // only the two « ; »
  });

  it('accepts a narrow no-break space too, and applies no French rule to English', () => {
    expect(englishTypographyIssues(`24${NNBSP}h and 3${NBSP}€`)).toEqual([]);
    expect(englishTypographyIssues('Why? Because: 12%')).toEqual([]);
  });
});
