/** One line above the questions: the business profile in words, and a button to change it. */
import type { Locale } from '../../lib/i18n/locales';
import type { Quiz } from './useAuditQuiz';

export const hoursText = (h: number, lang: Locale) => String(h).replace('.', lang === 'fr' ? ',' : '.');

export function ProfileSummary({ quiz }: { quiz: Quiz }) {
  const { t, lang, profile, setEditingProfile } = quiz;
  const parts = [
    profile?.type && t(`profile.type.${profile.type}`),
    profile?.networks?.map((n) => t(`network.${n}`)).join(', '),
    profile?.hours !== undefined && `${hoursText(profile.hours, lang)}\u00a0h`,
    profile?.goal && t(`profile.goal.${profile.goal}`),
  ].filter((x): x is string => typeof x === 'string' && x !== '');
  return (
    <p class="audit-profile-summary">
      {parts.length > 0 ? t('profile.summary', { summary: parts.join(' · ') }) : t('profile.none')}{' '}
      <button type="button" class="secondary" onClick={() => setEditingProfile(true)}>
        {t('profile.edit')}
      </button>
    </p>
  );
}
