import { parseGuideId } from '../../schemas/guide';
import type { Locale } from '../i18n/locales';

export interface ChapterRef {
  id: string;
  slug: string;
  order: number;
}

/** The chapters of one locale, in reading order, from collection ids like `fr/01-what-are-social-media`. */
export function chaptersOf<T extends { id: string }>(entries: T[], lang: Locale): (T & ChapterRef)[] {
  return entries
    .flatMap((entry) => {
      const parsed = parseGuideId(entry.id);
      if (!parsed || parsed.lang !== lang) return [];
      return [{ ...entry, slug: parsed.slug, order: parsed.order }];
    })
    .sort((a, b) => a.order - b.order);
}

/** Previous and next chapters around a slug. */
export function neighbours<T extends ChapterRef>(chapters: T[], slug: string): { prev?: T; next?: T } {
  const i = chapters.findIndex((c) => c.slug === slug);
  if (i < 0) return {};
  const prev = chapters[i - 1];
  const next = chapters[i + 1];
  return { ...(prev ? { prev } : {}), ...(next ? { next } : {}) };
}
