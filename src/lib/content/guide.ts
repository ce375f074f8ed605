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

/**
 * The guide's parts, each named by the number of its first chapter: foundations (1–6),
 * measurement (7–12), practice (13 on). A chapter belongs to the last part that starts at or
 * before its number, so a chapter added later, or a missing one, never breaks the grouping.
 */
const guideParts = [
  { id: 'foundations', first: 1 },
  { id: 'measurement', first: 7 },
  { id: 'practice', first: 13 },
] as const;
type GuidePartId = (typeof guideParts)[number]['id'];

export interface GuidePart<T> {
  id: GuidePartId;
  chapters: T[];
}

/** The chapters grouped into the guide's parts, in reading order; parts with no chapter are left out. */
export function partsOf<T extends ChapterRef>(chapters: readonly T[]): GuidePart<T>[] {
  const sorted = [...chapters].sort((a, b) => a.order - b.order);
  return guideParts
    .map((part, i) => {
      const next = guideParts[i + 1];
      return {
        id: part.id,
        chapters: sorted.filter((c) => c.order >= (i === 0 ? -Infinity : part.first) && (!next || c.order < next.first)),
      };
    })
    .filter((part) => part.chapters.length > 0);
}
