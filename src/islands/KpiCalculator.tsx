/* eslint-disable max-lines -- the shared calculator of the twelve KPIs; its parts (rows, growth, posts) are already apart */
/**
 * One KPI calculator. Holds the typed texts and renders; every computation is in src/lib/kpi.
 * Markup follows docs/CONTRACT.md: `<input name="{param}">` with a visible label, one `<output
 * data-kpi data-value>` per result (with `data-basis` for the engagement rate), errors tied to
 * their input with aria-invalid + aria-describedby.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { announceResult } from '../lib/embed/events';
import { parsePresentation } from '../lib/embed/params';
import type { Locale } from '../lib/i18n/locales';
import { evaluateDef, mainValue, type Evaluation, type Output } from '../lib/kpi/evaluate';
import { describeDef } from '../lib/kpi/meaning';
import { formulaOf, renderFormula } from '../lib/kpi/formula';
import { bases, type FormulaToken, type KpiDef, type Param } from '../lib/kpi/metric';
import type { evaluateCompetitors } from '../lib/kpi/competitors';
import { buildQueryFor, readParamsFor, resultInputsFor, DEFAULT_CURRENCY } from '../lib/kpi/query';
import { CURRENCIES, formatInput } from '../lib/numbers';
import type { CompetitorText, KpiCompetitors } from './KpiCompetitors';
import type { KpiGrowth } from './KpiGrowth';
import type { KpiPosts } from './KpiPosts';
import { makeFormatter, makeT, type Strings } from '../lib/kpi/format';
import { useReveal } from './useReveal';
import { useLayout } from './layout';
import { lazyPart } from './lazy';

/** "Show the answer" loads only with ?reveal=1. */
const useRevealButton = lazyPart(() => import('./Reveal'));

export interface Props {
  /** The page's KPI only (plain data from src/lib/kpi/definitions): see `kpiProps`. */
  def: KpiDef;
  lang: Locale;
  /** The `kpi.*` strings of the page's locale, keyed without the `kpi.` prefix. */
  strings: Strings;
}

/**
 * The extra parts of three calculators (competitor rows, periods, several posts). They are
 * passed in by the small wrapper islands (KpiShareOfVoice, KpiAudienceGrowth, KpiEngagement)
 * so that the other nine calculators do not ship them.
 */
export interface Parts {
  Competitors?: typeof KpiCompetitors;
  /** Sums the competitor rows once there are rows (comes with `Competitors`; undefined while it loads). */
  useCompetitorsSum?: (wanted: boolean) => typeof evaluateCompetitors | undefined;
  Growth?: typeof KpiGrowth;
  Posts?: typeof KpiPosts;
}

type Texts = Partial<Record<Param, string>>;

// eslint-disable-next-line max-lines-per-function -- the calculator's state and its markup; the special parts are components already
export default function KpiCalculator({ def, lang, strings, parts = {} }: Props & { parts?: Parts }) {
  const { id } = def;
  const t = makeT(strings, lang);
  const fmt = makeFormatter(lang);
  const [texts, setTexts] = useState<Texts>({});
  const [currency, setCurrency] = useState(DEFAULT_CURRENCY);
  const [badCurrency, setBadCurrency] = useState(false);
  const [competitors, setCompetitors] = useState<CompetitorText[]>([]);
  const [hydrated, setHydrated] = useState(false);
  const [copied, setCopied] = useState<'' | 'done' | 'manual'>('');
  const [link, setLink] = useState('');
  const { Competitors: KpiCompetitors, Growth: KpiGrowth, Posts: KpiPosts } = parts;

  // ?reveal=1: the values from the URL wait for "Show the answer" to load, so that the hidden
  // answer and its button appear together (the page stays as the server rendered it meanwhile).
  const [guessFirst] = useState(() => typeof location !== 'undefined' && parsePresentation(location.search).reveal);
  const RevealButton = useRevealButton(guessFirst)?.RevealButton;
  const waiting = guessFirst && !RevealButton;

  useEffect(() => {
    if (waiting) return;
    const prefill = readParamsFor(def, location.search, lang);
    setTexts(prefill.texts);
    setCurrency(prefill.currency);
    setBadCurrency(prefill.badCurrency);
    setHydrated(true);
    // Read the URL once per tool and language (and once the button is there): `def` follows `id`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id, lang, waiting]);

  const usesMoney = def.inputs.some((input) => input.unit === 'currency');
  const rows = id === 'share-of-voice' && competitors.length > 0;
  const sum = (parts.useCompetitorsSum ?? noSum)(rows);
  const voice = rows && sum ? sum(competitors, lang) : null;
  // With named competitor rows, their sum is the `competitors` value.
  const effective: Texts = voice
    ? { ...texts, competitors: voice.total === null ? '' : formatInput(voice.total, lang) }
    : texts;

  const evaluation = useMemo(
    () => evaluateDef(def, effective, lang, currency),
    // The texts are compared by value (a new object each render): its JSON is the key.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [def, JSON.stringify(effective), lang, currency],
  );
  const value = mainValue(evaluation);
  const inputsForEvent = resultInputsFor(def, effective, lang, currency);
  const eventKey = JSON.stringify([value, inputsForEvent]);
  // ?reveal=1: the result waits for "Show the answer", and hides again when an input changes.
  const reveal = useReveal(JSON.stringify(inputsForEvent), value !== null);
  const slide = useLayout() === 'slide';

  useEffect(() => {
    if (hydrated && !reveal.silent) announceResult({ tool: id, value, inputs: inputsForEvent });
    // Announce once per new result: `eventKey` is the value and inputs, compared by value.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [hydrated, eventKey, reveal.silent]);

  const setText = (param: Param, text: string) => {
    setTexts((old) => ({ ...old, [param]: text }));
    setCopied('');
  };

  const copyLink = async () => {
    const query = buildQueryFor(def, effective, lang, currency, location.search);
    const url = `${location.origin}${location.pathname}${query ? `?${query}` : ''}`;
    setLink(url);
    try {
      await navigator.clipboard.writeText(url);
      setCopied('done');
    } catch {
      setCopied('manual');
    }
  };

  const inputId = (param: Param) => `kpi-${id}-${param}`;
  const idsFor = def.inputs.map((input) => inputId(input.param)).join(' ');

  return (
    <form
      class="kpi"
      data-kpi-form={id}
      data-hydrated={hydrated ? 'true' : undefined}
      noValidate
      onSubmit={(event) => event.preventDefault()}
    >
      <fieldset class="kpi-inputs">
        <legend>{t('inputs.legend')}</legend>
        {def.inputs.map((input) => {
          const field = evaluation.fields[input.param];
          const readOnly = rows && input.param === 'competitors';
          const errorId = `${inputId(input.param)}-error`;
          const noteId = `${inputId(input.param)}-note`;
          const error = field?.state === 'error' ? t(`error.${field.error}`) : '';
          const described = [error ? errorId : '', readOnly ? noteId : ''].filter(Boolean).join(' ');
          return (
            <div class="kpi-field" key={input.param}>
              <label for={inputId(input.param)}>
                {t(`input.${input.param}`)}
                {input.optional ? <span data-picture-skip>{` ${t('input.optional')}`}</span> : ''}
                {input.unit === 'currency' ? ` (${currency})` : ''}
              </label>
              <input
                id={inputId(input.param)}
                name={input.param}
                type="text"
                inputMode="decimal"
                autoComplete="off"
                spellcheck={false}
                value={effective[input.param] ?? ''}
                readOnly={readOnly}
                aria-invalid={error ? 'true' : undefined}
                aria-describedby={described || undefined}
                onInput={(event) => setText(input.param, event.currentTarget.value)}
              />
              {readOnly && (
                <p class="kpi-note" id={noteId}>
                  {t('sov.sum')}
                </p>
              )}
              {error && (
                <p class="kpi-error" id={errorId}>
                  {error}
                </p>
              )}
            </div>
          );
        })}
        {usesMoney && (
          <div class="kpi-field">
            <label for={`kpi-${id}-currency`}>{t('currency.label')}</label>
            <select
              id={`kpi-${id}-currency`}
              name="currency"
              value={currency}
              aria-describedby={badCurrency ? `kpi-${id}-currency-note` : undefined}
              onChange={(event) => {
                setCurrency(event.currentTarget.value);
                setBadCurrency(false);
              }}
            >
              {[...new Set([currency, ...CURRENCIES])].map((code) => (
                <option key={code} value={code}>
                  {code}
                </option>
              ))}
            </select>
            {badCurrency && (
              <p class="kpi-note" id={`kpi-${id}-currency-note`}>
                {t('currency.bad')}
              </p>
            )}
          </div>
        )}
      </fieldset>

      {KpiCompetitors && (
        <KpiCompetitors
          lang={lang}
          strings={strings}
          rows={competitors}
          seed={texts.competitors ?? ''}
          onRows={(next) => {
            // Removing the last row leaves their total in the competitors field.
            if (next.length === 0 && voice?.total != null) {
              setText('competitors', formatInput(voice.total, lang));
            }
            setCompetitors(next);
            setCopied('');
          }}
          evaluation={evaluation}
          voice={voice}
        />
      )}
      {KpiGrowth && <KpiGrowth lang={lang} strings={strings} texts={texts} />}

      <section class="kpi-result" aria-labelledby={`kpi-${id}-result`}>
        <h2 id={`kpi-${id}-result`} tabIndex={-1} ref={reveal.target as never}>
          {t('result.title')}
        </h2>
        <div class="kpi-outputs">
          {evaluation.outputs.map((output) => (
            <p class="kpi-output" key={output.basis ?? 'main'}>
              {output.basis && (
                <span class="kpi-basis" id={`kpi-${id}-basis-${output.basis}`}>
                  {t(`basis.${output.basis}`)}{' '}
                </span>
              )}
              <output
                for={idsFor}
                data-kpi={id}
                data-value={output.value === null || reveal.hidden ? undefined : String(output.value)}
                data-basis={output.basis}
                aria-labelledby={output.basis ? `kpi-${id}-basis-${output.basis}` : `kpi-${id}-result`}
              >
                {reveal.hidden
                  ? '?'
                  : output.value === null
                    ? t('result.na')
                    : fmt(output.value, def.result === 'currency' ? 'currency' : 'percent', currency)}
              </output>
            </p>
          ))}
        </div>
        {reveal.hidden && RevealButton && <RevealButton lang={lang} onShow={reveal.show} />}
        <div class="kpi-meaning" role="status" aria-live="polite" aria-atomic="true">
          {(reveal.hidden ? [] : meaningLines(def, evaluation, t, fmt, currency)).map((line, index) => (
            <p key={index} data-picture-note>
              {line}
            </p>
          ))}
        </div>
        {evaluation.warnings.length > 0 && (
          <ul class="kpi-warnings">
            {evaluation.warnings.map((warning) => (
              <li key={warning}>{t(`warning.${warning}`)}</li>
            ))}
          </ul>
        )}
        {!reveal.hidden && def.perBasis && evaluation.outputs.filter((o) => o.value !== null).length > 1 && (
          <p class="kpi-why">{t(`${id}.why`)}</p>
        )}
        <Formula
          def={def}
          evaluation={evaluation}
          t={t}
          fmt={fmt}
          currency={currency}
          hidden={reveal.hidden}
          collapsed={slide}
        />
        <p class="kpi-copy">
          <button type="button" onClick={() => void copyLink()}>
            {t('copy.button')}
          </button>
          <span role="status" class="kpi-copy-status">
            {copied === 'done' ? t('copy.done') : ''}
          </span>
        </p>
        {copied === 'manual' && (
          <p class="kpi-copy-manual">
            <label for={`kpi-${id}-link`}>{t('copy.manual')}</label>
            <input id={`kpi-${id}-link`} type="url" readOnly value={link} />
          </p>
        )}
      </section>

      {KpiPosts && <KpiPosts lang={lang} strings={strings} />}
    </form>
  );
}

const noSum = () => undefined;

type T = ReturnType<typeof makeT>;
type Fmt = ReturnType<typeof makeFormatter>;

function meaningLines(def: KpiDef, evaluation: Evaluation, t: T, fmt: Fmt, currency: string): string[] {
  const computed = evaluation.outputs.filter((o) => o.value !== null);
  if (computed.length === 0) {
    if (evaluation.incomplete) {
      return [t(def.perBasis ? 'hint.noBasis' : 'hint.incomplete')];
    }
    return [t('result.naLong')];
  }
  return computed.flatMap((output) => {
    const sentence = describeDef(def, evaluation, output);
    if (!sentence) return [];
    const vars: Record<string, string> = {};
    for (const [name, v] of Object.entries(sentence.vars)) vars[name] = fmt(v.value, v.unit, currency);
    return [t(sentence.key, vars)];
  });
}

/**
 * The formula, in words and with the visitor's figures. A `<details>`, open on the page and closed
 * in the slide layout (`collapsed`); the figures wait while the answer is `hidden` (?reveal=1).
 */
function Formula(props: {
  def: KpiDef;
  evaluation: Evaluation;
  t: T;
  fmt: Fmt;
  currency: string;
  hidden: boolean;
  collapsed: boolean;
}) {
  const { def, evaluation, t, fmt, currency, hidden, collapsed } = props;
  const { id } = def;
  const outputs: Output[] = def.perBasis
    ? evaluation.outputs.some((o) => o.basis)
      ? evaluation.outputs
      : bases.slice(0, 1).map((basis) => ({ basis, value: null }))
    : evaluation.outputs;
  const unitOf = (param: Param) => def.inputs.find((i) => i.param === param)?.unit ?? 'count';
  const render = (tokens: readonly FormulaToken[], word: (param: Param) => string) =>
    renderFormula(tokens, word, (value) => formatPercentFree(fmt, value));
  return (
    <details class="kpi-formula" open={!collapsed}>
      <summary>
        <h3>{t('formula.title')}</h3>
      </summary>
      {outputs.map((output) => {
        const tokens = formulaOf(def, output.basis);
        const symbolic = render(tokens, (param) => t(`sym.${param}`));
        const numbers =
          output.value === null || hidden
            ? null
            : render(tokens, (param) => {
                const field = evaluation.fields[param];
                const n = field?.state === 'ok' ? field.value : 0;
                return unitOf(param) === 'currency' ? fmt(n, 'currency', currency) : fmt(n, 'count', currency);
              });
        const result =
          output.value === null ? '' : fmt(output.value, def.result === 'currency' ? 'currency' : 'percent', currency);
        return (
          <dl key={output.basis ?? 'main'}>
            <dt>
              {t('formula.label')}
              {output.basis ? ` (${t(`basis.${output.basis}`).toLowerCase()})` : ''}
            </dt>
            <dd>
              <code data-picture-formula>
                {t(`${id}.name`)} = {symbolic}
              </code>
            </dd>
            {/* Always there, so that the page does not jump when the first result arrives. */}
            <dt>{t('formula.yours')}</dt>
            <dd>
              <code data-picture-formula={numbers ? '' : undefined}>{numbers ? `${numbers} = ${result}` : '—'}</code>
            </dd>
          </dl>
        );
      })}
    </details>
  );
}

/** Constants of formulas (100, 1 000) in the locale's digits. */
function formatPercentFree(fmt: Fmt, value: number): string {
  return fmt(value, 'count', DEFAULT_CURRENCY);
}
