import { z } from 'astro/zod';
import { locales } from '../lib/i18n/locales';
import { Slug, Source } from './common';

/**
 * Front matter of a guide chapter: `content/guide/{lang}/NN-slug.mdx`.
 * The file name is the same in both locales; the slug (without `NN-`) is the URL.
 */
export const GuideChapter = z.strictObject({
  /** The chapter title, shown as the page's only h1. */
  title: z.string().min(5).max(90),
  /** One or two sentences for search results, link previews and the guide index. */
  description: z.string().min(40).max(260),
  /** "En bref / In short": three to five short sentences shown at the top. */
  summary: z.array(z.string().min(10)).min(2).max(6),
  /** Learning objectives, phrased as what the reader will be able to do. */
  objectives: z.array(z.string().min(10)).min(2).max(6),
  /** Glossary term ids this chapter explains (each term then links back here). */
  terms: z.array(Slug).default([]),
  /** Tools this chapter uses (KPI ids, `smart`, `audit`). */
  tools: z.array(Slug).default([]),
  /** Sources cited in the chapter, listed at the end. */
  sources: z.array(Source).min(1, 'Every chapter lists at least one source.'),
  /** Last significant revision. */
  updated: z.coerce.date(),
});
export type GuideChapter = z.infer<typeof GuideChapter>;

const guideId = new RegExp(`^(${locales.join('|')})/(\\d{2})-([a-z0-9-]+)$`);

/** Guide file ids look like `fr/01-what-are-social-media`. */
export function parseGuideId(id: string): { lang: string; order: number; slug: string } | undefined {
  const m = guideId.exec(id);
  if (!m?.[1] || !m[2] || !m[3]) return undefined;
  return { lang: m[1], order: Number(m[2]), slug: m[3] };
}
