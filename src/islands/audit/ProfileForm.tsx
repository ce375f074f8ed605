/**
 * The profile step: type of business, networks, hours a week, main goal. Under a minute, every
 * field optional, skippable; the same form edits the profile later.
 */
import { useState } from 'preact/hooks';
import { GOALS, NETWORKS, PROFILE_TYPES, MAX_HOURS, type Profile } from '../../lib/audit/profile';
import { parseLocaleNumber } from '../../lib/numbers';
import type { Quiz } from './useAuditQuiz';

function Choice(props: {
  name: string;
  type: 'radio' | 'checkbox';
  value: string;
  checked: boolean;
  label: string;
  onChange: () => void;
}) {
  return (
    <label class="audit-choice">
      <input
        type={props.type}
        name={props.name}
        value={props.value}
        checked={props.checked}
        onChange={props.onChange}
      />
      {props.label}
    </label>
  );
}

export function ProfileForm({ quiz }: { quiz: Quiz }) {
  const { t, lang, profile, saveProfile, headingRef } = quiz;
  const [draft, setDraft] = useState<Profile>(profile ?? {});
  const [hours, setHours] = useState(
    profile?.hours === undefined ? '' : String(profile.hours).replace('.', lang === 'fr' ? ',' : '.'),
  );
  const [hoursError, setHoursError] = useState(false);
  const networks = new Set(draft.networks ?? []);

  const submit = (event: Event) => {
    event.preventDefault();
    let value: number | undefined;
    if (hours.trim() !== '') {
      const r = parseLocaleNumber(hours, lang);
      if (!r.ok || r.value < 0 || r.value > MAX_HOURS) {
        setHoursError(true);
        document.getElementById('audit-hours')?.focus();
        return;
      }
      value = r.value;
    }
    setHoursError(false);
    const { hours: _old, ...rest } = draft;
    saveProfile(value === undefined ? rest : { ...rest, hours: value });
  };
  const toggle = (n: (typeof NETWORKS)[number]) => {
    const next = new Set(networks);
    if (next.has(n)) next.delete(n);
    else next.add(n);
    setDraft({ ...draft, networks: NETWORKS.filter((x) => next.has(x)) });
  };

  return (
    <form class="audit-step audit-profile" aria-labelledby="audit-step-title" onSubmit={submit} noValidate>
      <h2 id="audit-step-title" tabIndex={-1} ref={headingRef}>
        {t('profile.step')}
      </h2>
      <p>{t('profile.intro')}</p>
      <fieldset class="audit-question">
        <legend>{t('profile.type')}</legend>
        <div class="audit-choices">
          {PROFILE_TYPES.map((v) => (
            <Choice
              key={v}
              name="type"
              type="radio"
              value={v}
              checked={draft.type === v}
              label={t(`profile.type.${v}`)}
              onChange={() => setDraft({ ...draft, type: v })}
            />
          ))}
        </div>
      </fieldset>
      <fieldset class="audit-question">
        <legend>{t('profile.networks')}</legend>
        <div class="audit-choices">
          {NETWORKS.map((v) => (
            <Choice
              key={v}
              name="networks"
              type="checkbox"
              value={v}
              checked={networks.has(v)}
              label={t(`network.${v}`)}
              onChange={() => toggle(v)}
            />
          ))}
        </div>
      </fieldset>
      <p class="audit-question">
        <label for="audit-hours">{t('profile.hours')}</label>
        <input
          id="audit-hours"
          name="hours"
          inputMode="decimal"
          value={hours}
          aria-invalid={hoursError ? 'true' : undefined}
          aria-describedby={hoursError ? 'audit-hours-error' : 'audit-hours-help'}
          onInput={(e) => setHours(e.currentTarget.value)}
        />
        <span id="audit-hours-help" class="muted">
          {t('profile.hoursHelp')}
        </span>
        {hoursError && (
          <span id="audit-hours-error" class="audit-field-error">
            {t('profile.hoursError')}
          </span>
        )}
      </p>
      <fieldset class="audit-question">
        <legend>{t('profile.goal')}</legend>
        <div class="audit-choices">
          {GOALS.map((v) => (
            <Choice
              key={v}
              name="goal"
              type="radio"
              value={v}
              checked={draft.goal === v}
              label={t(`profile.goal.${v}`)}
              onChange={() => setDraft({ ...draft, goal: v })}
            />
          ))}
        </div>
      </fieldset>
      <div class="audit-buttons">
        <button type="submit">{t('profile.save')}</button>
        <button type="button" class="secondary" onClick={() => saveProfile(profile)}>
          {t('profile.skip')}
        </button>
      </div>
    </form>
  );
}

/** One line above the questions: the profile in words, and a button to change it. */
export function ProfileSummary({ quiz }: { quiz: Quiz }) {
  const { t, lang, profile, setEditingProfile } = quiz;
  const parts = [
    profile?.type && t(`profile.type.${profile.type}`),
    profile?.networks?.map((n) => t(`network.${n}`)).join(', '),
    profile?.hours !== undefined && `${String(profile.hours).replace('.', lang === 'fr' ? ',' : '.')}\u00a0h`,
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
