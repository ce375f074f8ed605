import { z } from 'astro/zod';

/**
 * Front matter of the trainers' page: `content/trainers/{fr,en}.mdx`. The body is the page's
 * prose, with the components that show its generated parts (snippets, the KPI lesson's table,
 * the worksheets: src/pages/[lang]/trainers.astro passes them).
 */
export const TrainersPage = z.strictObject({
  /** The page's h1 and title. */
  title: z.string().min(3).max(80),
  /** One or two lines for search results and link previews. */
  description: z.string().min(20).max(300),
  /** The paragraph under the title. */
  intro: z.string().min(20).max(400),
});
export type TrainersPage = z.infer<typeof TrainersPage>;
