/** html-validate reports no error on any built page. */
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { builtPages } from './dist';

const validator = new HtmlValidate();

describe('valid HTML', () => {
  for (const page of builtPages()) {
    it(`${page.path} is valid HTML`, async () => {
      const report = await validator.validateString(page.html, page.file);
      const errors = report.results.flatMap((r) =>
        r.messages.filter((m) => m.severity === 2).map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`),
      );
      expect(errors, errors.join('\n')).toEqual([]);
    });
  }
});
