/**
 * Shapes shared by the audit's pure logic. The content (questions, texts) comes from
 * `content/audit.yaml`; here only what scoring needs: ids, weights and order.
 */

/** The answer scale. "unknown" is "I don't know": it scores like "no" (docs/FACTS.md section 4). */
export const ANSWERS = ['no', 'partly', 'yes', 'unknown'] as const;
export type Answer = (typeof ANSWERS)[number];

/** Points of each answer: 0 for no or don't know, 1 for partly, 2 for yes. */
export const POINTS: Record<Answer, number> = { no: 0, partly: 1, yes: 2, unknown: 0 };
export const MAX_POINTS = 2;

/** Answers by question id. A missing id is a question not answered (skipped). */
export type Answers = Record<string, Answer>;

export interface QuestionRef {
  id: string;
  weight: number;
}

export interface DimensionRef {
  id: string;
  questions: readonly QuestionRef[];
}

export function isAnswer(value: unknown): value is Answer {
  return typeof value === 'string' && (ANSWERS as readonly string[]).includes(value);
}

/** Question ids in content order: the order the share link encodes. */
export function questionIds(dimensions: readonly DimensionRef[]): string[] {
  return dimensions.flatMap((d) => d.questions.map((q) => q.id));
}

/**
 * "Not applicable": stored and shared already (the answer scale of the questions does not offer it
 * yet); it counts as neither answered nor in the maximum, like a skipped question.
 */
export const NOT_APPLICABLE = 'na';
export type StoredAnswer = Answer | typeof NOT_APPLICABLE;

export function isStoredAnswer(value: unknown): value is StoredAnswer {
  return value === NOT_APPLICABLE || isAnswer(value);
}

/** The answers scoring and the questions use: "not applicable" left out. */
export function scoredAnswers(answers: Readonly<Record<string, StoredAnswer>>): Answers {
  const out: Answers = {};
  for (const [id, value] of Object.entries(answers)) if (value !== NOT_APPLICABLE) out[id] = value;
  return out;
}
