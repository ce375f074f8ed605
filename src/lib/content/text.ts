/** Plain-text helpers for content: word counts and reading time. */

/** Strips MDX/Markdown syntax (imports, tags, link targets, emphasis) down to the words a reader reads. */
function plainText(mdx: string): string {
  return mdx
    .replace(/^---\n[\s\S]*?\n---\n/, '') // front matter
    .replace(/^(import|export)\s.*$/gm, '') // ESM lines
    .replace(/<svg[\s\S]*?<\/svg>/g, ' ') // inline figures count by their caption only
    .replace(/<[^>]+>/g, ' ') // tags
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1') // links keep their text
    .replace(/[#*_`>|~-]+/g, ' ');
}

export function wordCount(mdx: string): number {
  return plainText(mdx)
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Minutes to read at 200 words a minute (a common estimate for learning material), at least 1. */
export function readingMinutes(mdx: string): number {
  return Math.max(1, Math.round(wordCount(mdx) / 200));
}
