import { z } from 'astro/zod';
import { Source } from './common';

/**
 * Front matter of a tool's explanation: `content/tools/{lang}/{tool}.mdx`, where `{tool}` is
 * a KPI id, `smart` or `audit`. The body explains what the tool measures, how to read the
 * result, the pitfalls and the benchmarks (with year and source).
 */
export const ToolPage = z.strictObject({
  /** The tool's name, used as the page's h1 ("Taux d'engagement"). */
  title: z.string().min(3).max(80),
  /** One line for the tools index and search results. */
  description: z.string().min(20).max(200),
  /** Sources of the formula and of every benchmark quoted in the body. */
  sources: z.array(Source).min(1, 'Every tool lists at least one source.'),
});
export type ToolPage = z.infer<typeof ToolPage>;
