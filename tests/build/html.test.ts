/** html-validate reports no error on any built page. */
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { builtPages } from './dist';

// Reads .htmlvalidate.json (the recommended rules, less a few purely stylistic ones).
const validator = new HtmlValidate(new FileSystemConfigLoader());

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
