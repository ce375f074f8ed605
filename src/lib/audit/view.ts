/**
 * Builds what the audit island receives: the content of `content/audit.yaml` in one language,
 * with chapter and tool titles resolved (`toView`, at build time), then fitted to the visitor's
 * business profile (`fitView`, in the browser): questions for other types of business left out,
 * weights and wording of this type, and `{networks}` replaced by the profile's networks. Pure.
 */
import type { Locale } from '../i18n/locales';
import { shownFor } from './fit';
import type { Kind } from './plan';
import { cleanProfile, type Goal, type Network, type Profile, type ProfileType } from './profile';

export interface QuestionText {
  question: string;
  help?: string | undefined;
  advice: string;
  action: string;
  step: string;
  check: string;
}

export interface QuestionView extends QuestionText {
  id: string;
  weight: number;
  kind: Kind;
  minutes: number;
  for?: ProfileType[] | undefined;
  goals?: Goal[] | undefined;
  weightBy?: Partial<Record<ProfileType, number>> | undefined;
  notApplicable: boolean;
  variants?: Partial<Record<ProfileType, QuestionText>> | undefined;
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
  draft: string;
  questions: QuestionView[];
}

interface Text {
  title: string;
  description: string;
  objective: string;
  draft: string;
}
type Bilingual<T> = Record<Locale, T>;
export interface QuestionContent extends Bilingual<QuestionText> {
  id: string;
  weight: number;
  kind: Kind;
  minutes: number;
  chapter: string;
  tool?: string | undefined;
  for?: ProfileType[] | undefined;
  goals?: Goal[] | undefined;
  weightBy?: Partial<Record<ProfileType, number>> | undefined;
  notApplicable?: boolean | undefined;
  variants?: Partial<Record<ProfileType, Bilingual<QuestionText>>> | undefined;
}
export interface DimensionContent extends Bilingual<Text> {
  id: string;
  questions: QuestionContent[];
}

function text(t: QuestionText): QuestionText {
  const { question, help, advice, action, step, check } = t;
  return { question, ...(help !== undefined ? { help } : {}), advice, action, step, check };
}

export function toView(
  dimensions: readonly DimensionContent[],
  lang: Locale,
  chapterTitles: Readonly<Record<string, string>>,
  toolTitles: Readonly<Record<string, string>>,
): DimensionView[] {
  return dimensions.map((d) => {
    const { title, description, objective, draft } = d[lang];
    return {
      id: d.id,
      title,
      description,
      objective,
      draft,
      questions: d.questions.map((q): QuestionView => {
        const variants = Object.entries(q.variants ?? {}).map(([type, v]) => [type, text(v[lang])] as const);
        return {
          id: q.id,
          weight: q.weight,
          kind: q.kind,
          minutes: q.minutes,
          notApplicable: q.notApplicable ?? false,
          ...(q.for ? { for: q.for } : {}),
          ...(q.goals ? { goals: q.goals } : {}),
          ...(q.weightBy ? { weightBy: q.weightBy } : {}),
          ...(variants.length > 0 ? { variants: Object.fromEntries(variants) } : {}),
          ...text(q[lang]),
          chapter: q.chapter,
          chapterTitle: chapterTitles[q.chapter] ?? q.chapter,
          ...(q.tool !== undefined ? { tool: q.tool, toolTitle: toolTitles[q.tool] ?? q.tool } : {}),
        };
      }),
    };
  });
}

/** The networks a text may name: the profile's, without "other". */
export function namedNetworks(profile: Profile | undefined): Network[] {
  return (cleanProfile(profile)?.networks ?? []).filter((n) => n !== 'other');
}

/**
 * "Instagram et Facebook" / "Instagram and Facebook" from the dictionary's `network.{id}` names
 * and `networks.and`; `networks.none` ("vos comptes", "your accounts") without a profile.
 */
export function networkList(profile: Profile | undefined, strings: Readonly<Record<string, string>>): string {
  const names = namedNetworks(profile).map((n) => strings[`network.${n}`] ?? n);
  if (names.length === 0) return strings['networks.none'] ?? '';
  const last = names.pop() as string;
  return names.length === 0 ? last : `${names.join(', ')} ${strings['networks.and'] ?? '&'} ${last}`;
}

const fill = (s: string, networks: string) => s.replaceAll('{networks}', networks);

/**
 * The view for one business: questions not meant for its type left out, the weight and the
 * wording of its type, `{networks}` filled in. Without a type every question is shown.
 */
export function fitView(
  dimensions: readonly DimensionView[],
  profile: Profile | undefined,
  strings: Readonly<Record<string, string>>,
): DimensionView[] {
  const type = cleanProfile(profile)?.type;
  const networks = networkList(profile, strings);
  return dimensions.map((d) => ({
    ...d,
    draft: fill(d.draft, networks),
    questions: d.questions
      .filter((q) => shownFor(q, type))
      .map((q) => {
        const own = type === undefined ? undefined : q.variants?.[type];
        const t = text(own ?? q);
        const { help: _help, ...rest } = q;
        return {
          ...rest,
          weight: (type !== undefined ? q.weightBy?.[type] : undefined) ?? q.weight,
          question: fill(t.question, networks),
          ...(t.help !== undefined ? { help: fill(t.help, networks) } : {}),
          advice: fill(t.advice, networks),
          action: fill(t.action, networks),
          step: fill(t.step, networks),
          check: fill(t.check, networks),
        };
      }),
  }));
}
