/** html-validate reports no error on any built page. */
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { builtPages } from './dist';

// Reads .htmlvalidate.json: the recommended rules, less a few purely stylistic ones, and less
// wcag/h32 ("a form needs a submit button"): the calculators compute as the visitor types and
// never submit or change context, so a submit button would do nothing (WCAG G80 does not apply).
const validator = new HtmlValidate(new FileSystemConfigLoader());

/**
 * Astro writes this one rule inside <body> when a page's first island sits there; browsers apply
 * it, html-validate (rightly, by the letter of HTML) does not allow <style> in flow content.
 * It is Astro's output, not ours, so it is the only thing left out of the check.
 */
const ASTRO_ISLAND_STYLE = '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>';

describe('valid HTML', () => {
  for (const page of builtPages()) {
    it(`${page.path} is valid HTML`, async () => {
      const report = await validator.validateString(page.html.replace(ASTRO_ISLAND_STYLE, ''), page.file);
      const errors = report.results.flatMap((r) =>
        r.messages.filter((m) => m.severity === 2).map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`),
      );
      expect(errors, errors.join('\n')).toEqual([]);
    });
  }
});
