/**
 * The profile step: type of business, networks, hours a week, main goal. Under a minute, every
 * field optional, skippable; the same form edits the profile later.
 */
import type { Locale } from '../../lib/i18n/locales';
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { GOALS, NETWORKS, PROFILE_TYPES, MAX_HOURS, type Profile } from '../../lib/audit/profile';
import { parseLocaleNumber } from '../../lib/numbers';
import { hoursText } from './ProfileSummary';
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

function Group(props: { legend: string; children: ComponentChildren }) {
  return (
    <fieldset class="audit-question">
      <legend>{props.legend}</legend>
      <div class="audit-choices">{props.children}</div>
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
      <Group legend={t('profile.type')}>
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
      </Group>
      <Group legend={t('profile.networks')}>
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
      </Group>
      <HoursField quiz={quiz} value={hours} error={hoursError} onInput={setHours} />
      <Group legend={t('profile.goal')}>
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
      </Group>
      <div class="audit-buttons">
        <button type="submit">{t('profile.save')}</button>
        <button type="button" class="secondary" onClick={() => saveProfile(profile)}>
          {t('profile.skip')}
        </button>
      </div>
    </form>
  );
}
