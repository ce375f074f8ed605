/**
 * The search page's status line ("3 results for “…”"), filled from a template and the visitor's
 * query. The query is outside input: it is inserted as plain text (a function replacement, so that
 * `$&`, `$'` or `$1` in it are not read as replacement patterns) and stripped of the invisible
 * bidirectional controls that could make the sentence around it read backwards.
 */

/** U+061C, U+200E–U+200F, U+202A–U+202E, U+2066–U+2069: marks, embeddings, overrides, isolates. */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function stripBidi(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

/** `{query}` and `{count}` filled in one pass, each taken literally (a query `{count}` stays so). */
export function statusText(template: string, query: string, count = 0): string {
  const safe = stripBidi(query);
  return template.replace(/\{(query|count)\}/g, (_, name: string) => (name === 'query' ? safe : String(count)));
}
