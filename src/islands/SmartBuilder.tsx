/**
 * The guided builder: six fields -> one SMART sentence, written and checked by src/lib/smart.
 * Loaded on demand by SmartChecker (its own chunk), which renders the section and heading.
 * Errors are tied to their field (aria-invalid + aria-describedby); the sentence can be sent to
 * the checker above.
 */
import { useEffect, useState } from 'preact/hooks';
import {
  BUILDER_METRICS,
  BUILDER_NETWORKS,
  buildObjective,
  parseTypedNumber,
  type BuilderError,
  type BuilderField,
} from '../lib/smart/build';
import { GOALS, NETWORKS, type Lang } from '../lib/smart/lexicon';
import { interpolateMessage } from '../lib/smart/message';

export interface Props {
  lang: Lang;
  strings: Record<string, string>;
  idPrefix: string;
  /** Sends the sentence to the checker. */
  onUse: (sentence: string) => void;
}

type Fields = Record<BuilderField, string>;
const EMPTY: Fields = { metric: '', network: '', baseline: '', target: '', deadline: '', goal: '' };

// eslint-disable-next-line max-lines-per-function -- one form of six fields, mostly markup
export default function SmartBuilder({ lang, strings, idPrefix, onUse }: Props) {
  const [fields, setFields] = useState<Fields>(EMPTY);
  const [errors, setErrors] = useState<BuilderError[]>([]);
  const [sentence, setSentence] = useState('');
  const t = (key: string, vars?: Record<string, string>) => interpolateMessage(strings, key, vars, lang);
  const id = (name: string) => `${idPrefix}-${name}`;
  const set = (name: BuilderField) => (e: Event) =>
    setFields({ ...fields, [name]: (e.currentTarget as HTMLInputElement).value.slice(0, 40) });
  const errorOf = (name: BuilderField) => errors.find((e) => e.field === name);
  // Opened by a button: move the focus to the first field.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- on opening only, not when the prefix changes
  useEffect(() => document.getElementById(id('metric'))?.focus(), []);

  const submit = (e: Event) => {
    e.preventDefault();
    const result = buildObjective(
      {
        metric: fields.metric,
        network: fields.network,
        baseline: parseTypedNumber(fields.baseline, lang),
        target: parseTypedNumber(fields.target, lang),
        deadline: fields.deadline,
        goal: fields.goal,
      },
      lang,
    );
    if (result.ok) {
      setErrors([]);
      setSentence(result.sentence);
    } else {
      setErrors(result.errors);
      setSentence('');
      const first = result.errors[0];
      if (first) document.getElementById(id(first.field))?.focus();
    }
  };

  const describe = (name: BuilderField) =>
    errorOf(name) ? { 'aria-invalid': 'true' as const, 'aria-describedby': id(`${name}-error`) } : {};
  const errorText = (name: BuilderField) => {
    const err = errorOf(name);
    return err ? (
      <p class="smart-error" id={id(`${name}-error`)}>
        {t(err.key, err.vars)}
      </p>
    ) : null;
  };

  return (
    <>
      <form onSubmit={submit} noValidate>
        <div class="smart-grid">
          <p class="smart-field">
            <label for={id('metric')}>{t('smart.builder.metric')}</label>
            <select
              id={id('metric')}
              name="metric"
              value={fields.metric}
              onChange={set('metric')}
              {...describe('metric')}
            >
              <option value="">{t('smart.builder.choose')}</option>
              {BUILDER_METRICS.map((m) => (
                <option key={m} value={m}>
                  {t(`smart.metric.${m}`)}
                </option>
              ))}
            </select>
            {errorText('metric')}
          </p>
          <p class="smart-field">
            <label for={id('network')}>{t('smart.builder.network')}</label>
            <select
              id={id('network')}
              name="network"
              value={fields.network}
              onChange={set('network')}
              {...describe('network')}
            >
              <option value="">{t('smart.builder.choose')}</option>
              {BUILDER_NETWORKS.map((n) => (
                <option key={n} value={n}>
                  {NETWORKS[n]}
                </option>
              ))}
            </select>
            {errorText('network')}
          </p>
          <p class="smart-field">
            <label for={id('baseline')}>{t('smart.builder.baseline')}</label>
            <input
              id={id('baseline')}
              name="baseline"
              type="text"
              inputMode="decimal"
              autoComplete="off"
              value={fields.baseline}
              onInput={set('baseline')}
              {...describe('baseline')}
            />
            {errorText('baseline')}
          </p>
          <p class="smart-field">
            <label for={id('target')}>{t('smart.builder.target')}</label>
            <input
              id={id('target')}
              name="target"
              type="text"
              inputMode="decimal"
              autoComplete="off"
              value={fields.target}
              onInput={set('target')}
              {...describe('target')}
            />
            {errorText('target')}
          </p>
          <p class="smart-field">
            <label for={id('deadline')}>{t('smart.builder.deadline')}</label>
            <input
              id={id('deadline')}
              name="deadline"
              type="date"
              value={fields.deadline}
              onInput={set('deadline')}
              {...describe('deadline')}
            />
            {errorText('deadline')}
          </p>
          <p class="smart-field">
            <label for={id('goal')}>{t('smart.builder.goal')}</label>
            <select id={id('goal')} name="goal" value={fields.goal} onChange={set('goal')} {...describe('goal')}>
              <option value="">{t('smart.builder.choose')}</option>
              {GOALS.map((g) => (
                <option key={g} value={g}>
                  {t(`smart.goal.${g}`)}
                </option>
              ))}
            </select>
            {errorText('goal')}
          </p>
        </div>
        <p>
          <button type="submit">{t('smart.builder.submit')}</button>
        </p>
      </form>
      <div aria-live="polite">
        {sentence && (
          <div class="smart-built">
            <h3>{t('smart.builder.result')}</h3>
            <p class="smart-built-text">{sentence}</p>
            <button type="button" class="secondary" onClick={() => onUse(sentence)}>
              {t('smart.builder.check')}
            </button>
          </div>
        )}
      </div>
    </>
  );
}
