/**
 * Reading a `_headers` file (the format of Netlify and Cloudflare Pages) the way those hosts do:
 * unindented lines are URL patterns (`*` is a splat that matches anything, `:name` one path
 * segment), indented lines are `Name: value`. Every rule whose pattern matches a path applies.
 *
 * Hosts differ when two matching rules set the same header: Cloudflare Pages joins the values
 * with a comma, Netlify keeps them apart. So the site's file never does it (a build test,
 * `tests/build/headers.test.ts`, fails if it does) and this module joins them as Cloudflare does,
 * the stricter reading, so that the production-like server shows such a mistake too.
 */

/** One rule: the pattern as written, its compiled form and its headers (names in lower case). */
export interface HeaderRule {
  path: string;
  pattern: RegExp;
  headers: [string, string][];
}

/** Turns a `_headers` path pattern into a regular expression matching whole URL paths. */
export function compilePattern(path: string): RegExp {
  const source = path
    .split('*')
    .map((piece) => piece.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/:[A-Za-z]\w*/g, '[^/]+'))
    .join('.*');
  return new RegExp(`^${source}$`);
}

/** Parses a `_headers` file. A header line before any path, or without a colon, is an error. */
export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    if (!/^\s/.test(raw)) {
      rules.push({ path: line, pattern: compilePattern(line), headers: [] });
      continue;
    }
    const rule = rules.at(-1);
    const colon = line.indexOf(':');
    if (!rule || colon <= 0) throw new Error(`Bad line in _headers: ${raw}`);
    rule.headers.push([line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/** Every value each header gets on `path`, in file order, and the rules that set it. */
export function headerValues(
  rules: readonly HeaderRule[],
  path: string,
): Map<string, { value: string; rule: string }[]> {
  const out = new Map<string, { value: string; rule: string }[]>();
  for (const rule of rules) {
    if (!rule.pattern.test(path)) continue;
    for (const [name, value] of rule.headers) out.set(name, [...(out.get(name) ?? []), { value, rule: rule.path }]);
  }
  return out;
}

/** The headers a host sends for `path`: repeated names joined with ", " (as Cloudflare Pages does). */
export function headersFor(rules: readonly HeaderRule[], path: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const [name, values] of headerValues(rules, path)) out.set(name, values.map((v) => v.value).join(', '));
  return out;
}
