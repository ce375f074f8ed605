/**
 * The finished reports: the last two complete ones compared (each area, then overall, in
 * percentage points; reports made with other questions or another profile say so), and the list,
 * partial reports marked, each with a delete button.
 */
import { compareReports, removeAttempt } from '../../lib/audit/history';
import { formatLongDate } from '../../lib/i18n/dates';
import { formatWholePercent } from '../../lib/numbers/format';
import type { Quiz } from './useAuditQuiz';

const signed = (x: number) => (x > 0 ? `+${x}` : x < 0 ? `\u2212${-x}` : '0');

function Comparison({ quiz }: { quiz: Quiz }) {
  const { t, lang, view, state } = quiz;
  const c = compareReports(
    state.history,
    view.map((d) => d.id),
  );
  if (c === undefined) return null;
  const titles: Record<string, string> = {
    ...Object.fromEntries(view.map((d) => [d.id, d.title])),
    overall: t('compare.overall'),
  };
  const date = (iso: string) => formatLongDate(new Date(iso), lang);
  const pct = (p: number) => formatWholePercent(p, lang);
  return (
    <>
      <table class="audit-table audit-compare">
        <caption>
          {t('compareCaption', { latest: date(c.latest.finishedAt), previous: date(c.previous.finishedAt) })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('table.dimension')}</th>
            <th scope="col">{t('previous')}</th>
            <th scope="col">{t('latest')}</th>
            <th scope="col">{t('compare.points')}</th>
          </tr>
        </thead>
        <tbody>
          {c.rows.map((r) => (
            <tr key={r.id} class={r.id === 'overall' ? 'audit-compare-overall' : undefined} data-dimension={r.id}>
              <th scope="row">{titles[r.id] ?? r.id}</th>
              <td>{pct(r.previous)}</td>
              <td>{pct(r.latest)}</td>
              <td>{signed(r.delta)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {c.differs && <p class="muted">{t('compare.differs')}</p>}
    </>
  );
}

export function History({ quiz }: { quiz: Quiz }) {
  const { t, lang, state, change, setMessage } = quiz;
  const date = (iso: string) => formatLongDate(new Date(iso), lang);
  const remove = (id: string, finishedAt: string) => {
    change((s) => removeAttempt(s, id));
    setMessage({ kind: 'status', text: t('history.deleted', { date: date(finishedAt) }) });
  };
  return (
    <section class="audit-history" aria-labelledby="audit-history-title">
      <h3 id="audit-history-title">{t('history')}</h3>
      {state.history.length === 0 ? (
        <p>{t('historyNone')}</p>
      ) : (
        <>
          <Comparison quiz={quiz} />
          <h4>{t('historyList')}</h4>
          <ul class="audit-history-list">
            {[...state.history].reverse().map((h) => {
              const answered = Object.keys(h.answers).length;
              const item = t('historyItem', { date: date(h.finishedAt), percent: formatWholePercent(h.percent, lang) });
              return (
                <li key={h.id} data-report={h.id} data-partial={h.partial ? 'true' : undefined}>
                  {item}
                  {h.partial && ` (${t('history.partial', { answered, total: quiz.score.total })})`}{' '}
                  <button
                    type="button"
                    class="secondary no-print"
                    aria-label={t('history.deleteLabel', { date: date(h.finishedAt) })}
                    onClick={() => remove(h.id, h.finishedAt)}
                  >
                    {t('history.delete')}
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
