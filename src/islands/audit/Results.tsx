/**
 * Everything after the questions, loaded on demand (see ./lazy.tsx): the report, then for the
 * visitor's own audit the history and the sharing, print and export actions. When printed: the
 * report's address and date, and, if asked, an appendix with every answer.
 */
import { useState } from 'preact/hooks';
import { localDay, readShareDate } from '../../lib/audit/share-date';
import { dayOf } from '../../lib/days';
import { formatLongDate } from '../../lib/i18n/dates';
import { History } from './History';
import { Report } from './Report';
import { ShareExport, shareUrlOf } from './ShareExport';
import type { Quiz } from './useAuditQuiz';

function Appendix({ quiz }: { quiz: Quiz }) {
  const { t, view, answers } = quiz;
  return (
    <section class="audit-appendix audit-print-only" aria-labelledby="audit-appendix-title">
      <h3 id="audit-appendix-title">{t('appendix')}</h3>
      {view.map((d) => (
        <div key={d.id}>
          <h4>{d.title}</h4>
          <ul>
            {d.questions.map((q) => (
              <li key={q.id}>
                {q.question} <strong>{t(`answer.${answers[q.id] ?? 'skipped'}`)}</strong>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

export function Results({ quiz, embed }: { quiz: Quiz; embed: boolean }) {
  const { t, lang, shared, state } = quiz;
  const [appendix, setAppendix] = useState(false);
  // The audit's own day: the visitor's last change, or the one a shared link gives, if valid (the
  // hash is read here, in the chunk loaded on demand, to keep the date off the first screen).
  const day = shared === null ? dayOf(new Date(state.current.updatedAt)) : readShareDate(location.hash, new Date());
  const shareUrl = shareUrlOf(quiz, day);
  const date = day === undefined ? undefined : formatLongDate(localDay(day), lang);
  return (
    <div class={appendix ? 'audit-results audit-with-appendix' : 'audit-results'}>
      <Report quiz={quiz} embed={embed} date={date} />
      <p class="audit-print-only audit-print-url">{t('printUrl', { url: shareUrl })}</p>
      {appendix && <Appendix quiz={quiz} />}
      {shared === null && (
        <>
          <History quiz={quiz} />
          <ShareExport quiz={quiz} shareUrl={shareUrl} appendix={appendix} onAppendix={setAppendix} />
        </>
      )}
    </div>
  );
}
