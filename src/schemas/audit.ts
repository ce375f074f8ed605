import { z } from 'astro/zod';
import { Slug } from './common';

const QuestionText = z.strictObject({
  /** The question, answerable by no / partly / yes. */
  question: z.string().min(10),
  /** Optional hint shown under the question. */
  help: z.string().optional(),
  /** What to do when the answer is weak: one or two concrete sentences. */
  advice: z.string().min(10),
});

export const AuditQuestion = z.strictObject({
  id: Slug,
  /** Relative importance within its dimension (1 to 3). */
  weight: z.number().int().min(1).max(3),
  /** True when the question comes from the source article's self-audit list. */
  fromArticle: z.boolean().default(false),
  /** Guide chapter (slug) that helps with this question. */
  chapter: Slug,
  /** Tool id that helps (a KPI id, `smart`), if one fits. */
  tool: Slug.optional(),
  fr: QuestionText,
  en: QuestionText,
});
export type AuditQuestion = z.infer<typeof AuditQuestion>;

const DimensionText = z.strictObject({
  title: z.string().min(3),
  description: z.string().min(10),
});

/** One dimension of the self-audit in `content/audit.yaml`, with its questions. */
export const AuditDimension = z.strictObject({
  id: Slug,
  fr: DimensionText,
  en: DimensionText,
  questions: z.array(AuditQuestion).min(1),
});
export type AuditDimension = z.infer<typeof AuditDimension>;
