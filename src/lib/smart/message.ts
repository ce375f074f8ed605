/**
 * Turns a message of the checker (an i18n key and its values) into text, with the strings the
 * page gave the island, through the site's translator. A value that is itself a `smart.` key (a
 * goal's name) is translated too. Unknown keys and placeholders stay visible rather than failing.
 */
import { defaultLocale, type Locale } from '../i18n/locales';
import { formatMessage } from '../i18n/translate';

export function interpolateMessage(
  strings: Readonly<Record<string, string>>,
  key: string,
  vars: Readonly<Record<string, string>> = {},
  lang: Locale = defaultLocale,
): string {
  const resolve = (value: string) =>
    value.startsWith('smart.') && Object.hasOwn(strings, value) ? (strings[value] ?? value) : value;
  return formatMessage(strings[key] ?? key, vars, lang, { resolve });
}
