import { z } from 'astro/zod';
import { inEveryLocale, Slug } from './common';

const GlossaryText = z.strictObject({
  /** The term as written in this language ("Taux d'engagement"). */
  term: z.string().min(2),
  /** A short definition: one to three sentences. */
  definition: z.string().min(20).max(600),
  /** Other names, abbreviations or translations readers may look for. */
  aliases: z.array(z.string()).default([]),
});

/**
 * One glossary entry in `content/glossary.yaml`, every locale side by side.
 * `id` is the anchor on /{lang}/glossary/#{id}.
 */
export const GlossaryEntry = z.strictObject({
  id: Slug,
  ...inEveryLocale(GlossaryText),
  /** Ids of related terms; each must exist in the glossary. */
  related: z.array(Slug).default([]),
  /** Slug of the guide chapter that explains the term (without the `NN-` prefix). */
  chapter: Slug,
});
export type GlossaryEntry = z.infer<typeof GlossaryEntry>;
