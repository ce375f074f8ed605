/**
 * Pagefind returns excerpts as HTML with <mark> around the matched words. We never insert
 * HTML: this turns an excerpt into plain text segments, marked or not, that the page then
 * builds with text nodes.
 */
export interface Segment {
  text: string;
  mark: boolean;
}

const entities: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  '#39': "'",
  '#x27': "'",
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    const lower = name.toLowerCase();
    if (lower in entities) return entities[lower] ?? whole;
    if (lower.startsWith('#x')) return String.fromCodePoint(parseInt(lower.slice(2), 16));
    if (lower.startsWith('#')) return String.fromCodePoint(parseInt(lower.slice(1), 10));
    return whole;
  });
}

export function excerptSegments(html: string): Segment[] {
  const segments: Segment[] = [];
  const re = /<mark>([\s\S]*?)<\/mark>/g;
  let last = 0;
  const push = (raw: string, mark: boolean) => {
    const text = decodeEntities(raw.replace(/<[^>]*>/g, ''));
    if (text) segments.push({ text, mark });
  };
  for (const m of html.matchAll(re)) {
    push(html.slice(last, m.index), false);
    push(m[1] ?? '', true);
    last = (m.index ?? 0) + m[0].length;
  }
  push(html.slice(last), false);
  return segments;
}
