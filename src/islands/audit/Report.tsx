/** The report: overall level, scores by area, the action plan and the SMART drafts. */
import { useEffect } from 'preact/hooks';
import { suggestions } from '../../lib/audit/priorities';
import { formatWholePercent } from '../../lib/numbers/format';
import { Bars } from './Bars';
import { Plan } from './Plan';
import type { Quiz } from './useAuditQuiz';

export interface ReportProps {
  quiz: Quiz;
  /** Links open in a new tab (embedded in an iframe). */
  embed: boolean;
  /**
   * The audit's own date, written out; undefined for a shared report whose link gives no valid
   * date (it then says so, rather than passing the day it is opened off as the audit's).
   */
  date: string | undefined;
}

/** The scores, as a chart (two layouts: wide, and labels above bars on phones) and a table. */
function Scores({ quiz }: { quiz: Quiz }) {
  const { t, view, score, lang } = quiz;
  const titles = Object.fromEntries(view.map((d) => [d.id, d.title]));
  const format = (p: number) => formatWholePercent(Math.round(p), lang);
  const bars = { scores: score.dimensions, labels: titles, title: t('chartTitle'), desc: t('chartDesc'), format };
  return (
    <>
      <Bars {...bars} />
      <Bars {...bars} layout="narrow" />
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
              <td>{format(d.percent)}</td>
              <td>{t(`level.${d.level}`)}</td>
              <td>{t('stepCount', { answered: d.answered, total: d.total })}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class="audit-scale muted">{t('scale')}</p>
    </>
  );
}

function Unanswered({ quiz }: { quiz: Quiz }) {
  const { t, view, score, shared, goTo } = quiz;
  const unanswered = score.total - score.answered;
  if (unanswered <= 0) return null;
  return (
    <div class="audit-unanswered">
      <p>{t('unanswered', { count: unanswered })}</p>
      {shared === null && (
        <ul class="no-print">
          {score.dimensions.map((d, i) =>
            d.answered < d.total ? (
              <li key={d.id}>
                <button type="button" class="secondary" onClick={() => goTo(i)}>
                  {t('unansweredLink', { title: view[i]?.title ?? d.id })}
                </button>
              </li>
            ) : null,
          )}
        </ul>
      )}
    </div>
  );
}

/** SMART drafts naming the profile's networks only, with blanks for the business's own figures. */
function Suggestions({ quiz, embed }: { quiz: Quiz; embed: boolean }) {
  const { t, lang, view, score, profile } = quiz;
  const drafts = suggestions(view, score, profile);
  if (drafts.length === 0) return null;
  const target = embed ? { target: '_blank', rel: 'noopener' } : {};
  return (
    <>
      <h3>{t('suggest.title')}</h3>
      <p>{t('suggest.intro')}</p>
      <ul class="audit-objectives">
        {drafts.map((s) => (
          <li key={s.dimensionId} data-suggestion data-networks={s.networks.join(' ')} data-draft="true">
            <p>
              <strong>{t('suggest.draft')}</strong>{' '}
              {t('objectiveItem', { title: view.find((d) => d.id === s.dimensionId)?.title ?? '', objective: s.text })}
            </p>
            <a class="no-print" href={`/${lang}/tools/smart/?objective=${encodeURIComponent(s.text)}`} {...target}>
              {t('suggest.check')}
            </a>
          </li>
        ))}
      </ul>
    </>
  );
}

export function Report({ quiz, embed, date }: ReportProps) {
  const { t, score, lang, headingRef, shared, claimFocus } = quiz;
  const dated = date === undefined ? t('reportUndated') : t(shared === null ? 'reportDate' : 'reportShared', { date });
  useEffect(() => {
    if (claimFocus()) headingRef.current?.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, when the report first appears (focus is claimed once)
  }, []);
  return (
    <section class="audit-report" aria-labelledby="audit-report-title">
      <h2 id="audit-report-title" tabIndex={-1} ref={shared === null ? headingRef : null}>
        {t('resultsTitle')}
      </h2>
      {/* A shared report says on screen too whose date it is; the visitor's own, in print only. */}
      <p class={shared === null ? 'audit-print-only' : undefined}>{dated}</p>
      <div
        class={`audit-overall audit-level-${score.level}`}
        data-percent={Math.round(score.percent)}
        data-level={score.level}
      >
        <p class="audit-overall-score">
          {t('overall', { percent: formatWholePercent(Math.round(score.percent), lang) })}
        </p>
        <p>{t(`overallLevel.${score.level}`)}</p>
      </div>
      <Unanswered quiz={quiz} />
      <Scores quiz={quiz} />
      <Plan quiz={quiz} embed={embed} />
      <Suggestions quiz={quiz} embed={embed} />
    </section>
  );
}
