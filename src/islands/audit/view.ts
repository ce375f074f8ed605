/** Props of the audit island (built by src/lib/audit/view.ts) and its string lookup. */
export type { DimensionView, QuestionView } from '../../lib/audit/view';

import type { Locale } from '../../lib/i18n/locales';
import { translator as translate } from '../../lib/i18n/translate';

/** UI strings with the `audit.` prefix removed. */
export type Strings = Record<string, string>;

/**
 * The site's translator (placeholders and plurals) over the audit's strings. Its counts (answers,
 * questions, reports) stay under 1 000 (30 questions, 20 reports kept), so `#` is written as plain
 * digits, exactly as the number module would write them: the page's first load does without it.
 */
export function translator(strings: Strings, lang: Locale) {
  return translate(strings, lang);
}
export type T = ReturnType<typeof translator>;
