/**
 * One line above the questions: the business profile in words, and a button to change it; above
 * it, when a link's profile (a trainer's case) replaced the visitor's own, a notice that says so
 * and brings their own back.
 */
import type { Profile } from '../../lib/audit/profile';
import type { Locale } from '../../lib/i18n/locales';
import type { Quiz } from './useAuditQuiz';

export const hoursText = (h: number, lang: Locale) => String(h).replace('.', lang === 'fr' ? ',' : '.');

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

/** The link's profile is in use; the visitor's own, if they had one, is a click away. */
function CaseNotice({ quiz }: { quiz: Quiz }) {
  const { t, caseProfile, profile, leaveCase, saveProfile, setMessage, focusHeading } = quiz;
  if (caseProfile === null) return null;
  const own = caseProfile.own;
  const restoreOwn = () => {
    leaveCase();
    saveProfile(own);
    setMessage({ kind: 'status', text: t('profile.ownRestored') });
  };
  const keep = () => {
    leaveCase();
    focusHeading();
  };
  return (
    <div class="audit-notice card" role="status" data-profile-source="link">
      <p>{t('profile.fromLink', { summary: profileText(quiz, profile) || t('profile.unset') })}</p>
      <div class="audit-buttons">
        {own !== undefined && (
          <button type="button" onClick={restoreOwn}>
            {t('profile.ownBack', { summary: profileText(quiz, own) })}
          </button>
        )}
        <button type="button" class="secondary" onClick={keep}>
          {t('profile.keepLink')}
        </button>
      </div>
    </div>
  );
}

export function ProfileSummary({ quiz }: { quiz: Quiz }) {
  const { t, profile, setEditingProfile } = quiz;
  const summary = profileText(quiz, profile);
  return (
    <>
      <CaseNotice quiz={quiz} />
      <p class="audit-profile-summary">
        {summary !== '' ? t('profile.summary', { summary }) : t('profile.none')}{' '}
        <button type="button" class="secondary" onClick={() => setEditingProfile(true)}>
          {t('profile.edit')}
        </button>
      </p>
    </>
  );
}
