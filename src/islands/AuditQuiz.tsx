/**
 * The self-audit: an optional business profile, one area per step, then the report. Its state is
 * in ./audit/useAuditQuiz (saved and kept in step with other tabs by ./audit/useAuditStore); the
 * rules (scoring, the plan, the share link, the storage format) are in src/lib/audit. What the
 * first screen does not need (the report, the history, sharing, import and export) is loaded on
 * demand (./audit/lazy.ts), so that the page's own JavaScript stays small.
 */
import type { Locale } from '../lib/i18n/locales';
import { RevealButton } from './Reveal';
import { MessageBox } from './audit/Messages';
import { ProfileSummary } from './audit/ProfileSummary';
import { Step } from './audit/Step';
import { Failed, LazyImport, LazyNewer, LazyProfileForm, LazyResults, LazySetAside } from './audit/lazy';
import { useAuditQuiz, type Quiz } from './audit/useAuditQuiz';
import type { DimensionView, Strings } from './audit/view';

export interface AuditQuizProps {
  lang: Locale;
  /** UI strings, `audit.` prefix removed. */
  strings: Strings;
  dimensions: DimensionView[];
  /** On an embed page: links open in a new tab. */
  embed?: boolean;
}

/** Answered count, the steps as buttons, and a polite live region that announces each move. */
function Progress({ quiz }: { quiz: Quiz }) {
  const { t, view, score, step, n, goTo, needsProfile } = quiz;
  const title = needsProfile ? t('profile.step') : step < n ? (view[step]?.title ?? '') : t('results');
  const live = t('live.step', {
    n: Math.min(step + 1, n + 1),
    total: n + 1,
    title,
    answered: score.answered,
    questions: score.total,
  });
  return (
    <div class="audit-progress no-print">
      <p id="audit-progress-label">{t('answeredOf', { answered: score.answered, total: score.total })}</p>
      <progress max={score.total} value={score.answered} aria-labelledby="audit-progress-label" />
      <p class="visually-hidden" aria-live="polite">
        {quiz.ready ? live : ''}
      </p>
      <nav aria-label={t('steps')}>
        <ol class="audit-stepnav">
          {view.map((d, i) => {
            const ds = score.dimensions[i];
            return (
              <li key={d.id}>
                <button
                  type="button"
                  class="secondary"
                  aria-current={i === step && !needsProfile ? 'step' : undefined}
                  onClick={() => goTo(i)}
                >
                  {d.title}{' '}
                  <span class="audit-count">
                    ({t('stepCount', { answered: ds?.answered ?? 0, total: ds?.total ?? 0 })})
                  </span>
                </button>
              </li>
            );
          })}
          <li>
            <button
              type="button"
              class="secondary"
              aria-current={step === n && !needsProfile ? 'step' : undefined}
              onClick={() => goTo(n)}
            >
              {t('results')}
            </button>
          </li>
        </ol>
      </nav>
    </div>
  );
}

function Body({ quiz, embed }: { quiz: Quiz; embed: boolean }) {
  const { t, lang, step, n, reveal, headingRef, focusHeading, needsProfile } = quiz;
  if (needsProfile) return <LazyProfileForm quiz={quiz} />;
  if (step < n) return <Step quiz={quiz} />;
  if (reveal.hidden) {
    return (
      <section class="audit-step" aria-labelledby="audit-step-title">
        <h2 id="audit-step-title" tabIndex={-1} ref={headingRef}>
          {t('results')}
        </h2>
        <RevealButton
          lang={lang}
          onShow={() => {
            focusHeading();
            reveal.show();
          }}
        />
      </section>
    );
  }
  return <LazyResults quiz={quiz} embed={embed} />;
}

export default function AuditQuiz({ lang, strings, dimensions, embed = false }: AuditQuizProps) {
  const quiz = useAuditQuiz({ lang, strings, dimensions });
  const { t, notice, ready, canSave, shared, shareError, leaveShared, step, needsProfile } = quiz;

  if (quiz.loadFailed) {
    return (
      <div class="audit" data-ready="true">
        <Failed quiz={quiz} />
      </div>
    );
  }
  if (notice?.kind === 'newer') return <LazyNewer quiz={quiz} raw={notice.raw} />;
  if (notice?.kind === 'set-aside') return <LazySetAside quiz={quiz} />;

  if (shared !== null) {
    return (
      <div class="audit" data-ready={ready ? 'true' : undefined} data-mode="shared">
        <div class="audit-notice card no-print" role="status">
          <p>{t('shared')}</p>
          <button type="button" onClick={leaveShared}>
            {t('sharedOwn')}
          </button>
        </div>
        <LazyResults quiz={quiz} embed={embed} />
      </div>
    );
  }

  return (
    <div class="audit" data-ready={ready ? 'true' : undefined} data-mode="own">
      {shareError && (
        <div class="audit-notice card audit-error" role="alert">
          <p>{t(`shareError.${shareError}`)}</p>
          <button type="button" class="secondary" onClick={leaveShared}>
            {t('dismiss')}
          </button>
        </div>
      )}
      {!canSave && (
        <p class="audit-notice card" role="status">
          {t('unavailable')}
        </p>
      )}
      <MessageBox quiz={quiz} />
      {step === 0 && <p class="audit-intro">{t('intro')}</p>}
      <Progress quiz={quiz} />
      {!needsProfile && <ProfileSummary quiz={quiz} />}
      <Body quiz={quiz} embed={embed} />
      {needsProfile && <LazyImport quiz={quiz} />}
    </div>
  );
}
