/**
 * Shown when a link's business profile (a trainer's case: `?type=…&networks=…`) replaced the
 * visitor's own (docs/CONTRACT.md): it says so, and brings their own profile back if they had one.
 * Loaded on demand (./lazy.tsx): most visits have no profile in the URL.
 */
import type { Quiz } from './useAuditQuiz';

/** The link's profile is in use; the visitor's own, if they had one, is a click away. */
export interface CaseNoticeProps {
  quiz: Quiz;
  /** The profile in use, in words. */
  summary: string;
  /** The visitor's own saved profile in words, when it differs from the link's. */
  own: string | undefined;
}

export function CaseNotice({ quiz, summary, own }: CaseNoticeProps) {
  const { t, caseProfile, leaveCase, saveProfile, setMessage, focusHeading } = quiz;
  if (caseProfile === null) return null;
  const restoreOwn = () => {
    leaveCase();
    saveProfile(caseProfile.own);
    setMessage({ kind: 'status', text: t('profile.ownRestored') });
  };
  const keep = () => {
    leaveCase();
    focusHeading();
  };
  return (
    <div class="audit-notice card" role="status" data-profile-source="link">
      <p>{t('profile.fromLink', { summary })}</p>
      <div class="audit-buttons">
        {own !== undefined && (
          <button type="button" onClick={restoreOwn}>
            {t('profile.ownBack', { summary: own })}
          </button>
        )}
        <button type="button" class="secondary" onClick={keep}>
          {t('profile.keepLink')}
        </button>
      </div>
    </div>
  );
}
