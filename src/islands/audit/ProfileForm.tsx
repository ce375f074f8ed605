/**
 * The profile step: type of business, networks, hours a week, main goal. Under a minute, every
 * field optional, skippable; the same form edits the profile later.
 */
import type { Locale } from '../../lib/i18n/locales';
import { useEffect, useState } from 'preact/hooks';
import { GOALS, hoursText, NETWORKS, PROFILE_TYPES, MAX_HOURS, type Profile } from '../../lib/audit/profile';
import { parseLocaleNumber } from '../../lib/numbers';
import type { Quiz } from './useAuditQuiz';

/**
 * One question of the profile as a fieldset of choices (radio buttons or checkboxes): the type of
 * business, the networks and the main goal have the same shape.
 */
function ChoiceGroup<V extends string>(props: {
  legend: string;
  name: string;
  type: 'radio' | 'checkbox';
  values: readonly V[];
  checked: (v: V) => boolean;
  label: (v: V) => string;
  onPick: (v: V) => void;
}) {
  return (
    <fieldset class="audit-question">
      <legend>{props.legend}</legend>
      <div class="audit-choices">
        {props.values.map((v) => (
          <label key={v} class="audit-choice">
            <input
              type={props.type}
              name={props.name}
              value={v}
              checked={props.checked(v)}
              onChange={() => props.onPick(v)}
            />
            {props.label(v)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function HoursField({
  quiz,
  value,
  error,
  onInput,
}: {
  quiz: Quiz;
  value: string;
  error: boolean;
  onInput: (v: string) => void;
}) {
  const { t } = quiz;
  return (
    <p class="audit-question">
      <label for="audit-hours">{t('profile.hours')}</label>
      <input
        id="audit-hours"
        name="hours"
        inputMode="decimal"
        value={value}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? 'audit-hours-error' : 'audit-hours-help'}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
      <span id="audit-hours-help" class="muted">
        {t('profile.hoursHelp')}
      </span>
      {error && (
        <span id="audit-hours-error" class="audit-field-error">
          {t('profile.hoursError')}
        </span>
      )}
    </p>
  );
}

/** Hours a week as typed ("1,5" in French): empty is fine, anything else must be 0 to 168. */
function hoursOf(text: string, lang: Locale): number | undefined | 'invalid' {
  if (text.trim() === '') return undefined;
  const r = parseLocaleNumber(text, lang);
  return r.ok && r.value >= 0 && r.value <= MAX_HOURS ? r.value : 'invalid';
}

export function ProfileForm({ quiz }: { quiz: Quiz }) {
  const { t, lang, profile, saveProfile, headingRef, claimFocus } = quiz;
  useEffect(() => {
    if (claimFocus()) headingRef.current?.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, when the form first appears (focus is claimed once)
  }, []);
  const [draft, setDraft] = useState<Profile>(profile ?? {});
  const [hours, setHours] = useState(profile?.hours === undefined ? '' : hoursText(profile.hours, lang));
  const [hoursError, setHoursError] = useState(false);
  const networks = new Set(draft.networks ?? []);

  const submit = (event: Event) => {
    event.preventDefault();
    const value = hoursOf(hours, lang);
    setHoursError(value === 'invalid');
    if (value === 'invalid') {
      document.getElementById('audit-hours')?.focus();
      return;
    }
    const { hours: _old, ...rest } = draft;
    saveProfile(value === undefined ? rest : { ...rest, hours: value });
  };
  const toggle = (n: (typeof NETWORKS)[number]) =>
    setDraft({ ...draft, networks: NETWORKS.filter((x) => (x === n ? !networks.has(x) : networks.has(x))) });

  return (
    <form class="audit-step audit-profile" aria-labelledby="audit-step-title" onSubmit={submit} noValidate>
      <h2 id="audit-step-title" tabIndex={-1} ref={headingRef}>
        {t('profile.step')}
      </h2>
      <p>{t('profile.intro')}</p>
      <ChoiceGroup
        legend={t('profile.type')}
        name="type"
        type="radio"
        values={PROFILE_TYPES}
        checked={(v) => draft.type === v}
        label={(v) => t(`profile.type.${v}`)}
        onPick={(v) => setDraft({ ...draft, type: v })}
      />
      <ChoiceGroup
        legend={t('profile.networks')}
        name="networks"
        type="checkbox"
        values={NETWORKS}
        checked={(v) => networks.has(v)}
        label={(v) => t(`network.${v}`)}
        onPick={toggle}
      />
      <HoursField quiz={quiz} value={hours} error={hoursError} onInput={setHours} />
      <ChoiceGroup
        legend={t('profile.goal')}
        name="goal"
        type="radio"
        values={GOALS}
        checked={(v) => draft.goal === v}
        label={(v) => t(`profile.goal.${v}`)}
        onPick={(v) => setDraft({ ...draft, goal: v })}
      />
      <div class="audit-buttons">
        <button type="submit">{t('profile.save')}</button>
        <button type="button" class="secondary" onClick={() => saveProfile(profile)}>
          {t('profile.skip')}
        </button>
      </div>
    </form>
  );
}
