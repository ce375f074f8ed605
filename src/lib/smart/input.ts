/**
 * Cleaning what the visitor types or passes in the URL: the only text helper the checker's
 * island needs before the analysis engine is loaded (kept apart from text.ts so that it stays small).
 */

/** Longest objective analysed, in UTF-16 code units (also the textarea's maxlength). */
export const MAX_OBJECTIVE_LENGTH = 400;

// C0/C1 controls (except tab, LF, CR, handled below), zero-width and bidi controls, BOM.
const CONTROL =
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Makes any outside value (URL parameter, typed text) safe to analyse: a string, NFC, without
 * control characters or lone surrogates, line breaks and tabs as spaces, at most
 * MAX_OBJECTIVE_LENGTH long. Never throws. Does not trim, so that offsets match what the user typed.
 */
export function sanitizeObjective(raw: unknown): string {
  if (typeof raw !== 'string') return '';
  let text = raw.slice(0, MAX_OBJECTIVE_LENGTH * 2).normalize('NFC');
  text = text
    .replace(LONE_SURROGATE, '')
    .replace(CONTROL, '')
    .replace(/[\t\n\r]/g, ' ');
  if (text.length > MAX_OBJECTIVE_LENGTH) {
    let cut = MAX_OBJECTIVE_LENGTH;
    const code = text.charCodeAt(cut - 1);
    if (code >= 0xd800 && code <= 0xdbff) cut -= 1; // do not split a surrogate pair
    text = text.slice(0, cut);
  }
  return text;
}
