/* eslint-disable max-lines-per-function -- being split */
import type { Ref } from 'preact';
import { objectiveDimensions, priorities } from '../../lib/audit/priorities';
import type { AuditScore } from '../../lib/audit/scoring';
import type { Answers } from '../../lib/audit/types';
import { Bars } from './Bars';
import type { DimensionView, T } from './view';

interface Props {
  lang: string;
  t: T;
  dimensions: DimensionView[];
  answers: Answers;
  score: AuditScore;
  formatPercent: (p: number) => string;
  /** Date shown on the printed report. */
  date: string;
  headingRef?: Ref<HTMLHeadingElement> | null;
  /** Links open in a new tab (embedded in an iframe). */
  embed: boolean;
  /** Go back to a step to answer skipped questions (own audit only). */
  onGoTo?: ((step: number) => void) | undefined;
}

/** The report: overall level, scores by dimension, priorities and SMART objectives. */
export function Report({ lang, t, dimensions, answers, score, formatPercent, date, headingRef, embed, onGoTo }: Props) {
  const titles = Object.fromEntries(dimensions.map((d) => [d.id, d.title]));
  const questions = new Map(dimensions.flatMap((d) => d.questions.map((q) => [q.id, q] as const)));
  const plan = priorities(dimensions, answers, score);
  const objectives = objectiveDimensions(score);
  const unanswered = score.total - score.answered;
  const target = embed ? { target: '_blank', rel: 'noopener' } : {};

  return (
    <section class="audit-report" aria-labelledby="audit-report-title">
      <h2 id="audit-report-title" tabIndex={-1} ref={headingRef ?? null}>
        {t('resultsTitle')}
      </h2>
      <p class="audit-print-only">{t('reportDate', { date })}</p>
      <div
        class={`audit-overall audit-level-${score.level}`}
        data-percent={Math.round(score.percent)}
        data-level={score.level}
      >
        <p class="audit-overall-score">{t('overall', { percent: formatPercent(score.percent) })}</p>
        <p>{t(`overallLevel.${score.level}`)}</p>
      </div>
      {unanswered > 0 && (
        <div class="audit-unanswered">
          <p>{t('unanswered', { count: unanswered })}</p>
          {onGoTo && (
            <ul class="no-print">
              {score.dimensions.map((d, i) =>
                d.answered < d.total ? (
                  <li key={d.id}>
                    <button type="button" class="secondary" onClick={() => onGoTo(i)}>
                      {t('unansweredLink', { title: titles[d.id] ?? d.id })}
                    </button>
                  </li>
                ) : null,
              )}
            </ul>
          )}
        </div>
      )}

      <Bars
        scores={score.dimensions}
        labels={titles}
        title={t('chartTitle')}
        desc={t('chartDesc')}
        format={formatPercent}
      />
      <table class="audit-table">
        <caption>{t('table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.dimension')}</th>
            <th scope="col">{t('table.score')}</th>
            <th scope="col">{t('table.level')}</th>
            <th scope="col">{t('table.answered')}</th>
          </tr>
        </thead>
        <tbody>
          {score.dimensions.map((d) => (
            <tr key={d.id} data-dimension={d.id} data-percent={Math.round(d.percent)}>
              <th scope="row">{titles[d.id]}</th>
              <td>{formatPercent(d.percent)}</td>
              <td>{t(`level.${d.level}`)}</td>
              <td>{t('stepCount', { answered: d.answered, total: d.total })}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class="audit-scale muted">{t('scale')}</p>

      <h3>{t('priorities')}</h3>
      {plan.length === 0 ? (
        <p>{t('prioritiesNone')}</p>
      ) : (
        <>
          <p>{t('prioritiesIntro')}</p>
          <ol class="audit-priorities">
            {plan.map((p) => {
              const q = questions.get(p.questionId);
              if (q === undefined) return null;
              return (
                <li key={p.questionId} data-question={p.questionId}>
                  <p class="audit-priority-question">
                    <strong>{q.question}</strong>
                    <span class="muted">
                      {' '}
                      {t('priorityContext', {
                        dimension: titles[p.dimensionId] ?? '',
                        answer: t(`answer.${p.answer ?? 'skipped'}`),
                      })}
                    </span>
                  </p>
                  <p>{q.advice}</p>
                  <p class="audit-links">
                    <a href={`/${lang}/guide/${q.chapter}/`} {...target}>
                      {t('readChapter', { title: q.chapterTitle })}
                    </a>
                    {q.tool !== undefined && (
                      <a href={`/${lang}/tools/${q.tool}/`} {...target}>
                        {t('useTool', { title: q.toolTitle ?? q.tool })}
                      </a>
                    )}
                  </p>
                </li>
              );
            })}
          </ol>
        </>
      )}

      {objectives.length > 0 && (
        <>
          <h3>{t('objectives')}</h3>
          <p>{t('objectivesIntro')}</p>
          <ul class="audit-objectives">
            {objectives.map((id) => {
              const d = dimensions.find((x) => x.id === id);
              if (d === undefined) return null;
              return (
                <li key={id}>
                  <p>{t('objectiveItem', { title: d.title, objective: d.objective })}</p>
                  <a
                    class="no-print"
                    href={`/${lang}/tools/smart/?objective=${encodeURIComponent(d.objective)}`}
                    {...target}
                  >
                    {t('checkObjective')}
                  </a>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
