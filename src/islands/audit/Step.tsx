/** One area of the audit: its questions as radio groups ("not applicable" where it may be), then back / next. */
import { ANSWERS, NOT_APPLICABLE, type StoredAnswer } from '../../lib/audit/types';
import type { QuestionView } from './view';
import type { Quiz } from './useAuditQuiz';

function Question({ quiz, q }: { quiz: Quiz; q: QuestionView }) {
  const { t, answers, answer } = quiz;
  const current = answers[q.id];
  const choices: StoredAnswer[] = q.notApplicable ? [...ANSWERS, NOT_APPLICABLE] : [...ANSWERS];
  const clear = (event: Event) => {
    // The button goes away with the answer: focus returns to the question's first choice.
    const first = (event.currentTarget as HTMLElement).closest('fieldset')?.querySelector('input');
    answer(q.id, undefined);
    setTimeout(() => first?.focus(), 0);
  };
  return (
    <fieldset class="audit-question" data-question={q.id} aria-describedby={q.help ? `audit-help-${q.id}` : undefined}>
      <legend>{q.question}</legend>
      {q.help && (
        <p id={`audit-help-${q.id}`} class="muted">
          {q.help}
        </p>
      )}
      <div class="audit-choices">
        {choices.map((a) => (
          <label key={a} class="audit-choice">
            <input
              type="radio"
              name={`audit-${q.id}`}
              value={a}
              checked={current === a}
              onChange={() => answer(q.id, a)}
            />
            {t(`answer.${a}`)}
          </label>
        ))}
      </div>
      {current !== undefined && (
        <button type="button" class="audit-clear secondary" onClick={clear}>
          {t('clear')}
        </button>
      )}
    </fieldset>
  );
}

export function Step({ quiz }: { quiz: Quiz }) {
  const { t, view, step, n, headingRef, goTo } = quiz;
  const dimension = view[step];
  if (dimension === undefined) return null;
  return (
    <section class="audit-step" aria-labelledby="audit-step-title">
      <h2 id="audit-step-title" tabIndex={-1} ref={headingRef}>
        <span class="audit-stepof">{t('stepOf', { n: step + 1, total: n })}</span> {dimension.title}
      </h2>
      <p>{dimension.description}</p>
      {dimension.questions.map((q) => (
        <Question key={q.id} quiz={quiz} q={q} />
      ))}
      <p class="muted">{t('skipHint')}</p>
      <div class="audit-buttons">
        {step > 0 && (
          <button type="button" class="secondary" onClick={() => goTo(step - 1)}>
            {t('back')}
          </button>
        )}
        <button type="button" onClick={() => goTo(step + 1)}>
          {step === n - 1 ? t('seeResults') : t('next')}
        </button>
      </div>
    </section>
  );
}
