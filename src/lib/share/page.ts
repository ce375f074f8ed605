/**
 * What a page is, as far as link previews and structured data are concerned. Layouts pass one of
 * these to Base; everything else (Open Graph tags, the preview image's text, JSON-LD, breadcrumbs)
 * is derived from it, the page's title, description and path, so that a new page gets all of it
 * without any list to update.
 */
interface GlossaryTerm {
  id: string;
  term: string;
  definition: string;
}

export type PageInfo =
  /** Any page: legal notice, search, trainers, templates... */
  | { kind: 'page' }
  /** A locale's home (`/{lang}/`) or the bilingual landing (`/`). */
  | { kind: 'home' }
  /** The guide's index: `minutes` is the reading time of all chapters. */
  | { kind: 'guide'; minutes: number }
  | { kind: 'chapter'; order: number; minutes: number; updated?: Date }
  | { kind: 'glossary'; terms: readonly GlossaryTerm[] }
  /** A tool page (`tool`: KPI id, `smart`, `audit`...). */
  | { kind: 'tool'; tool: string };

/** `/fr/guide/kpis/` -> `/og/fr/guide/kpis.png`; `/` -> `/og/index.png`. One image per page. */
export function cardImagePath(pathname: string): string {
  const clean = pathname
    .split('/')
    .filter((s) => s !== '' && s !== '.' && s !== '..')
    .join('/')
    .replace(/\.html$/, '');
  return `/og/${clean === '' ? 'index' : clean}.png`;
}

/** Preview image size (the size every network asks for: 1.91:1). */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** ISO 8601 duration of a reading time in minutes (`PT12M`), as schema.org's timeRequired wants. */
export function isoMinutes(minutes: number): string {
  const m = Math.max(1, Math.round(Number.isFinite(minutes) ? minutes : 1));
  return `PT${m}M`;
}
