import { z } from 'astro/zod';
import { GOALS, PROFILE_TYPES } from '../lib/audit/profile';
import { KINDS } from '../lib/audit/plan';
import { kpiIds } from '../lib/kpi/ids';
import { inEveryLocale, Slug } from './common';

/** Guide chapter slugs a question may point to (docs/CONTENT.md, "Chapters"). */
const CHAPTER_SLUGS = [
  'what-are-social-media',
  'types-of-social-media',
  'managing-social-media',
  'why-use-social-media',
  'building-a-strategy',
  'smart-objectives',
  'awareness-engagement-kpis',
  'conversion-cost-kpis',
  'knowing-your-audience',
  'competitors-and-social-listening',
  'auditing-your-presence',
  'following-trends',
] as const;

/** Tool ids a question may point to (docs/CONTENT.md, "Tools"), the audit itself excepted. */
const TOOL_IDS = [...kpiIds, 'smart'] as const;

const QuestionText = z.strictObject({
  /** The question, answerable by no / partly / yes (or "I don't know"). */
  question: z.string().min(10),
  /** Optional hint shown under the question. */
  help: z.string().optional(),
  /** What to do when the answer is weak: one or two concrete sentences. */
  advice: z.string().min(10),
  /** The action's title in the plan, in plain words ("Secure access to your accounts"). */
  action: z.string().min(5),
  /** A first step doable in 15 minutes; `{networks}` becomes the profile's networks. */
  step: z.string().min(10),
  /** For "I don't know": how to find out. `{networks}` as in `step`. */
  check: z.string().min(10),
});

const AuditQuestion = z.strictObject({
  /**
   * Stable id. Saved states and share links refer to questions by id and by order: never
   * rename or reorder an existing question; add new ones instead.
   */
  id: Slug,
  /** Relative importance (1 to 3): a question's points count `weight` times. */
  weight: z.number().int().min(1).max(3),
  /** True when the question comes from the source article's self-audit list. */
  fromArticle: z.boolean().default(false),
  /** Guide chapter (slug) that helps with this question. */
  chapter: z.enum(CHAPTER_SLUGS, {
    error: `Use one of the chapter slugs of docs/CONTENT.md: ${CHAPTER_SLUGS.join(', ')}.`,
  }),
  /** Tool id that helps (a KPI id, `smart`), if one fits. */
  tool: z.enum(TOOL_IDS, { error: `Use one of the tool ids of docs/CONTENT.md: ${TOOL_IDS.join(', ')}.` }).optional(),
  /** basic (security, presence, answering people), practice (habits), analytics (measuring, comparing). */
  kind: z.enum(KINDS),
  /** Time the whole action takes, in minutes (shown as the plan's estimate). */
  minutes: z.number().int().min(5).max(600),
  /** Types of business that see the question; absent = every type (and a visitor with no profile). */
  for: z.array(z.enum(PROFILE_TYPES)).min(1).optional(),
  /** Goals that make the question more urgent in the plan. */
  goals: z.array(z.enum(GOALS)).min(1).optional(),
  /** Weight for some types of business, instead of `weight`. */
  weightBy: z.partialRecord(z.enum(PROFILE_TYPES), z.number().int().min(1).max(3)).optional(),
  /** "Not applicable" is offered (the question then leaves the maximum). */
  notApplicable: z.boolean().default(false),
  ...inEveryLocale(QuestionText),
  /** Wording for some types of business (the whole text, both languages). */
  variants: z.partialRecord(z.enum(PROFILE_TYPES), z.strictObject(inEveryLocale(QuestionText))).optional(),
});
type AuditQuestion = z.infer<typeof AuditQuestion>;

const DimensionText = z.strictObject({
  title: z.string().min(3),
  description: z.string().min(10),
  /**
   * A SMART objective suggested when this dimension is weak. It opens the SMART checker
   * prefilled, so it should pass all five criteria (docs/FACTS.md section 3).
   */
  objective: z.string().min(20),
  /**
   * The SMART suggestion of the report: `{networks}` becomes the profile's networks, and the
   * figures only the business has are blanks in brackets (`[current rate]`) to fill in.
   */
  draft: z.string().min(20),
});

/** One dimension of the self-audit in `content/audit.yaml`, with its questions. */
export const AuditDimension = z.strictObject({
  id: Slug,
  /**
   * Position of the dimension in the quiz (1, 2, 3...). The collection sorts entries by id,
   * so the order is explicit; it must follow the file's order (a unit test checks it).
   */
  order: z.number().int().min(1),
  ...inEveryLocale(DimensionText),
  questions: z.array(AuditQuestion).min(1),
});
export type AuditDimension = z.infer<typeof AuditDimension>;
