/** Props of the audit island (built by src/lib/audit/view.ts) and its string lookup. */
export type { DimensionView, QuestionView } from '../../lib/audit/view';

import type { Locale } from '../../lib/i18n/locales';
import { translator as translate } from '../../lib/i18n/translate';
import { formatCount } from '../../lib/numbers/format';

/** UI strings with the `audit.` prefix removed. */
export type Strings = Record<string, string>;

/** The site's translator (placeholders and plurals) over the audit's strings. */
export function translator(strings: Strings, lang: Locale) {
  return translate(strings, lang, { count: formatCount });
}
export type T = ReturnType<typeof translator>;
