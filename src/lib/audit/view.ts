/**
 * Builds what the audit island receives: the content of `content/audit.yaml` in one language,
 * with chapter and tool titles resolved. Pure: the page passes in plain data from the
 * content collections.
 */
import type { Locale } from '../i18n/locales';

export interface QuestionView {
  id: string;
  weight: number;
  question: string;
  help?: string | undefined;
  advice: string;
  /** Guide chapter slug and its title in this language (the slug if the chapter is missing). */
  chapter: string;
  chapterTitle: string;
  tool?: string | undefined;
  toolTitle?: string | undefined;
}

export interface DimensionView {
  id: string;
  title: string;
  description: string;
  objective: string;
  questions: QuestionView[];
}

interface Text {
  title: string;
  description: string;
  objective: string;
}
interface QText {
  question: string;
  help?: string | undefined;
  advice: string;
}
export interface DimensionContent {
  id: string;
  fr: Text;
  en: Text;
  questions: { id: string; weight: number; chapter: string; tool?: string | undefined; fr: QText; en: QText }[];
}

export function toView(
  dimensions: readonly DimensionContent[],
  lang: Locale,
  chapterTitles: Readonly<Record<string, string>>,
  toolTitles: Readonly<Record<string, string>>,
): DimensionView[] {
  return dimensions.map((d) => ({
    id: d.id,
    ...d[lang],
    questions: d.questions.map((q) => ({
      id: q.id,
      weight: q.weight,
      question: q[lang].question,
      ...(q[lang].help !== undefined ? { help: q[lang].help } : {}),
      advice: q[lang].advice,
      chapter: q.chapter,
      chapterTitle: chapterTitles[q.chapter] ?? q.chapter,
      ...(q.tool !== undefined ? { tool: q.tool, toolTitle: toolTitles[q.tool] ?? q.tool } : {}),
    })),
  }));
}
