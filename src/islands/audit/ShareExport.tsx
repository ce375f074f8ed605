/** Sharing the report (link with answers, profile and date), printing it, and the JSON and CSV exports. */
import { useState } from 'preact/hooks';
import { shareFragment } from '../../lib/audit/codec';
import { withShareDate } from '../../lib/audit/share-date';
import { exportCsv } from '../../lib/audit/csv';
import { exportJson } from '../../lib/audit/exchange';
import { today } from '../../lib/days';
import { newAttempt } from '../../lib/audit/storage';
import { ImportControl } from './ImportControl';
import type { Quiz } from './useAuditQuiz';
import { download } from './useAuditStore';

function csvOf(quiz: Quiz): string {
  const { t, view, answers, score, lang } = quiz;
  const header = ['date', 'row', 'dimension', 'question', 'answer', 'points', 'weight', 'score'] as const;
  return exportCsv(
    view.map((d) => ({ id: d.id, title: d.title, questions: d.questions })),
    answers,
    score,
    {
      header: header.map((k) => t(`csv.${k}`)) as unknown as typeof header,
      detail: t('csv.detail'),
      summary: t('csv.summary'),
      answers: {
        no: t('answer.no'),
        partly: t('answer.partly'),
        yes: t('answer.yes'),
        unknown: t('answer.unknown'),
        na: t('answer.na'),
        skipped: t('answer.skipped'),
      },
      levels: { priority: t('level.priority'), improve: t('level.improve'), maintain: t('level.maintain') },
      overall: t('csv.overall'),
    },
    { lang, date: new Date() },
  );
}

function ShareLink({ quiz, url }: { quiz: Quiz; url: string }) {
  const { t } = quiz;
  const [copied, setCopied] = useState(false);
  const copy = () => {
    void navigator.clipboard?.writeText(url).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  };
  return (
    <>
      <label for="audit-share-url">{t('shareLabel')}</label>
      <div class="audit-share">
        <input
          id="audit-share-url"
          type="url"
          readOnly
          value={url}
          aria-describedby="audit-share-help"
          onFocus={(e) => e.currentTarget.select()}
        />
        <button type="button" onClick={copy}>
          {t('copy')}
        </button>
      </div>
      <p role="status" class="audit-copied">
        {copied ? t('copied') : ''}
      </p>
      <p id="audit-share-help" class="muted">
        {t('shareHelp')}
      </p>
    </>
  );
}

export function ShareExport({
  quiz,
  shareUrl,
  appendix,
  onAppendix,
}: {
  quiz: Quiz;
  shareUrl: string;
  appendix: boolean;
  onAppendix: (on: boolean) => void;
}) {
  const { t, state, change, goTo, focusHeading } = quiz;
  return (
    <section class="audit-actions no-print" aria-labelledby="audit-share-title">
      <h3 id="audit-share-title">{t('share')}</h3>
      <ShareLink quiz={quiz} url={shareUrl} />
      <p>
        <label class="audit-choice">
          <input type="checkbox" checked={appendix} onChange={(e) => onAppendix(e.currentTarget.checked)} />
          {t('appendixToggle')}
        </label>
      </p>
      <div class="audit-buttons">
        <button type="button" onClick={() => window.print()}>
          {t('print')}
        </button>
        <button
          type="button"
          class="secondary"
          onClick={() => download(`audit-${today()}.json`, 'application/json', exportJson(state, new Date()))}
        >
          {t('exportJson')}
        </button>
        <button
          type="button"
          class="secondary"
          onClick={() => download(`audit-${today()}.csv`, 'text/csv;charset=utf-8', csvOf(quiz))}
        >
          {t('exportCsv')}
        </button>
      </div>
      <ImportControl quiz={quiz} />
      <div class="audit-buttons">
        <button type="button" class="secondary" onClick={() => goTo(0)}>
          {t('edit')}
        </button>
        <button
          type="button"
          class="secondary"
          aria-describedby="audit-restart-help"
          onClick={() => {
            focusHeading();
            change((s) => newAttempt(s, new Date()));
          }}
        >
          {t('restart')}
        </button>
      </div>
      <p id="audit-restart-help" class="muted">
        {t('restartHelp')}
      </p>
    </section>
  );
}

/**
 * The address of the report being shown: the visitor's own answers and profile, or the shared
 * ones, with the audit's day (`YYYY-MM-DD`) if it has one.
 */
export function shareUrlOf(quiz: Quiz, day: string | undefined): string {
  const { ready, lang, ids, answers, profile } = quiz;
  const fragment = withShareDate(shareFragment(ids, answers, profile), day);
  return ready ? `${location.origin}/${lang}/tools/audit/#${fragment}` : '';
}
