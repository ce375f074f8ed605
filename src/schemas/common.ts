import { z } from 'astro/zod';
import { locales, type Locale } from '../lib/i18n/locales';

/** The fields of a text given in every locale, side by side: `{ fr: text, en: text }`. */
export function inEveryLocale<T extends z.ZodType>(text: T): Record<Locale, T> {
  return Object.fromEntries(locales.map((lang) => [lang, text])) as Record<Locale, T>;
}

/**
 * A source cited by a page. Every benchmark on the site names its source and year, so `year`
 * is required; `url` is optional because some sources are print-only.
 */
export const Source = z.strictObject({
  /** Title of the work, report or page. */
  title: z.string().min(3, 'A source needs a title of at least 3 characters.'),
  /** Author(s) or organisation that wrote it. */
  author: z.string().optional(),
  /** Publisher, journal or website name. */
  publisher: z.string().optional(),
  /** Year of publication, or of the data for a benchmark. */
  year: z.number().int().min(1900).max(2100),
  /** Where to read it. Only http(s) addresses. */
  url: z.url({ protocol: /^https?$/, error: 'A source url must start with http:// or https://.' }).optional(),
  /**
   * The copy it was read on, when the original could not be found: a site name or an address,
   * shown to readers as "via …". The original is still cited by title, publisher and year.
   */
  via: z.string().min(3, 'A "via" names the copy the source was read on.').optional(),
  /** A short remark shown after the source. */
  note: z.string().optional(),
});
export type Source = z.infer<typeof Source>;

/** An id used in URLs and anchors: lowercase letters, digits and hyphens. */
export const Slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use lowercase letters, digits and single hyphens only.');
