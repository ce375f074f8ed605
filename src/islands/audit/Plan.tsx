/**
 * The action plan: this week, this month, this quarter (and the rest, folded). Each action has a
 * plain title, the advice that fits the answer given ("No": do it; "I don't know": how to find
 * out; "Partly": what is missing), a first step doable in 15 minutes, a time estimate, and links
 * to its chapter and tool. Each is an element with `data-action` and `data-question`.
 */
import { actionPlan, duration, HORIZONS, type Action, type Horizon } from '../../lib/audit/plan';
import type { Quiz } from './useAuditQuiz';
import type { QuestionView } from './view';

function time(quiz: Quiz, minutes: number): string {
  const { h, m } = duration(minutes);
  if (h === 0) return quiz.t('time.minutes', { n: m });
  return m === 0 ? quiz.t('time.hours', { h }) : quiz.t('time.hoursMinutes', { h, m });
}

/** A link, with its full address printed after it on paper. */
function Link({ href, label, embed }: { href: string; label: string; embed: boolean }) {
  const target = embed ? { target: '_blank', rel: 'noopener' } : {};
  return (
    <span>
      <a href={href} {...target}>
        {label}
      </a>
      <span class="audit-print-only audit-print-inline"> ({location.origin + href})</span>
    </span>
  );
}

function ActionItem({ quiz, a, q, embed }: { quiz: Quiz; a: Action; q: QuestionView; embed: boolean }) {
  const { t, lang, view } = quiz;
  const [lead, advice] =
    a.answer === 'unknown'
      ? [t('plan.findOut'), q.check]
      : a.answer === 'partly'
        ? [t('plan.partly'), q.advice]
        : [t('plan.do'), q.advice];
  return (
    <li class="audit-action" data-action data-question={a.questionId} data-kind={a.kind}>
      <h5>{q.action}</h5>
      <p class="muted">
        {t('plan.context', {
          dimension: view.find((d) => d.id === a.dimensionId)?.title ?? '',
          answer: t(`answer.${a.answer ?? 'skipped'}`),
        })}
      </p>
      <p>
        <strong>{lead}</strong> {advice}
      </p>
      <p>
        <strong>{t('plan.firstStep')}</strong> {q.step}
      </p>
      <p class="audit-time">{t('plan.time', { time: time(quiz, a.minutes) })}</p>
      <p class="audit-links">
        <Link href={`/${lang}/guide/${q.chapter}/`} label={t('readChapter', { title: q.chapterTitle })} embed={embed} />
        {q.tool !== undefined && (
          <Link
            href={`/${lang}/tools/${q.tool}/`}
            label={t('useTool', { title: q.toolTitle ?? q.tool })}
            embed={embed}
          />
        )}
      </p>
    </li>
  );
}

function Group({ quiz, horizon, actions, embed }: { quiz: Quiz; horizon: Horizon; actions: Action[]; embed: boolean }) {
  const questions = new Map(quiz.view.flatMap((d) => d.questions.map((q) => [q.id, q] as const)));
  const items = actions.flatMap((a) => {
    const q = questions.get(a.questionId);
    return q === undefined ? [] : [<ActionItem key={a.questionId} quiz={quiz} a={a} q={q} embed={embed} />];
  });
  const list = <ol class="audit-plan-list">{items}</ol>;
  if (horizon === 'later') {
    return (
      <details class="audit-plan-group" data-horizon={horizon}>
        <summary>
          {quiz.t('plan.later')} ({actions.length})
        </summary>
        {list}
      </details>
    );
  }
  return (
    <section class="audit-plan-group" data-horizon={horizon}>
      <h4>{quiz.t(`plan.${horizon}`)}</h4>
      {list}
    </section>
  );
}

export function Plan({ quiz, embed }: { quiz: Quiz; embed: boolean }) {
  const { t, view, answers, profile } = quiz;
  const plan = actionPlan(view, answers, profile);
  return (
    <section class="audit-plan" aria-labelledby="audit-plan-title">
      <h3 id="audit-plan-title">{t('plan.title')}</h3>
      {plan.length === 0 ? (
        <p>{t('plan.none')}</p>
      ) : (
        <>
          <p>{t('plan.intro')}</p>
          {HORIZONS.map((h) => {
            const actions = plan.filter((a) => a.horizon === h);
            return actions.length === 0 ? null : (
              <Group key={h} quiz={quiz} horizon={h} actions={actions} embed={embed} />
            );
          })}
        </>
      )}
    </section>
  );
}
