/**
 * One line above the questions: the business profile in words, and a button to change it; above
 * it, when a link's profile (a trainer's case) replaced the visitor's own, a notice that says so
 * and brings their own back (./CaseNotice.tsx, loaded then).
 */
import { LazyCaseNotice } from './lazy';
import { hoursText, type Profile } from '../../lib/audit/profile';
import type { Quiz } from './useAuditQuiz';

/** "Local shop or service · Instagram, Facebook · 3 h · Keep customers coming back" ('' when empty). */
function profileText(quiz: Quiz, profile: Profile | undefined): string {
  const { t, lang } = quiz;
  return [
    profile?.type && t(`profile.type.${profile.type}`),
    profile?.networks?.map((n) => t(`network.${n}`)).join(', '),
    profile?.hours !== undefined && `${hoursText(profile.hours, lang)}\u00a0h`,
    profile?.goal && t(`profile.goal.${profile.goal}`),
  ]
    .filter((x): x is string => typeof x === 'string' && x !== '')
    .join(' · ');
}

export function ProfileSummary({ quiz }: { quiz: Quiz }) {
  const { t, profile, setEditingProfile } = quiz;
  const summary = profileText(quiz, profile);
  return (
    <>
      {quiz.caseProfile !== null && (
        <LazyCaseNotice
          quiz={quiz}
          summary={summary || t('profile.unset')}
          own={quiz.caseProfile.own && profileText(quiz, quiz.caseProfile.own)}
        />
      )}
      <p class="audit-profile-summary">
        {summary !== '' ? t('profile.summary', { summary }) : t('profile.none')}{' '}
        <button type="button" class="secondary" onClick={() => setEditingProfile(true)}>
          {t('profile.edit')}
        </button>
      </p>
    </>
  );
}
