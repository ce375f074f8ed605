/**
 * Turns a message of the checker (an i18n key and its values) into text, with the strings the
 * page gave the island. A value that is itself a `smart.` key (a goal's name) is translated too.
 * Unknown keys and placeholders stay visible rather than failing.
 */
export function interpolateMessage(
  strings: Readonly<Record<string, string>>,
  key: string,
  vars: Readonly<Record<string, string>> = {},
): string {
  const template = strings[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!Object.hasOwn(vars, name)) return whole;
    const value = vars[name] ?? '';
    return value.startsWith('smart.') && Object.hasOwn(strings, value) ? (strings[value] ?? value) : value;
  });
}
