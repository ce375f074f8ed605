/* eslint-disable max-lines-per-function -- being split */
/**
 * The SMART-objective checker. Holds the typed objective and renders the analysis; every rule is
 * in src/lib/smart. Markup follows docs/CONTRACT.md: one element per criterion with
 * `data-criterion` and `data-status`. The words each verdict rests on are highlighted with
 * <mark> elements built as Preact nodes (the objective is never inserted as HTML).
 *
 * The island renders and hydrates without the analysis engine: the engine (checker, quantities,
 * the page's language's rules) is fetched on the first focus, keystroke or `?objective=` prefill,
 * and runs in a worker where the browser has one (src/lib/smart/analyser.ts), so that typing
 * never waits for the rules. Until it arrives the criteria show `data-status="unknown"` in a
 * container marked `aria-busy`; if it cannot be fetched, the field says so and keeps the text.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { announceResult } from '../lib/embed/events';
// Light modules only: the engine, the builder and each language's rules are their own chunks.
import type { Analysis, Criterion, Message } from '../lib/smart/checker';
import { CRITERIA } from '../lib/smart/criteria';
import { MAX_OBJECTIVE_LENGTH, sanitizeObjective } from '../lib/smart/input';
import type { Lang } from '../lib/smart/lexicon';
import { createAnalyser, type Analyser } from '../lib/smart/analyser';
import { loadEngine } from '../lib/smart/load';
import { interpolateMessage } from '../lib/smart/message';
import type SmartBuilderType from './SmartBuilder';
import { chunksLoaded, online, reloadOnce } from './stale';
import { RevealButton, useReveal } from './Reveal';
import './SmartChecker.css';

/** "Are you offline?" only when the browser says so; online, a plain "reload the page". */
const loadErrorKey = () => (online() ? 'smart.loadErrorOnline' : 'smart.loadError');

/** How long typing must pause before the objective is analysed again. */
const ANALYSIS_DELAY_MS = 150;
/** A sentence that exercises every rule once, to compile them before the visitor types. */
const WARM_UP: Record<Lang, string> = {
  fr: 'Doubler nos abonnés Instagram de 2 000 à 4 000 d’ici le 31 mars pour vendre plus',
  en: 'Double our Instagram followers from 2,000 to 4,000 by March 31 to grow sales',
};
export interface Props {
  lang: Lang;
  /** The `smart.*` strings of the page's locale, keyed with their full key. */
  strings: Record<string, string>;
  /** Show the guided builder under the checker (full page; not in the embed). */
  builder?: boolean;
  /** Id prefix, so that two checkers could share a page. */
  idPrefix?: string;
}

const ICONS = { met: '✓', partial: '◐', missing: '✗', unknown: '?' } as const;

/** The objective cut into runs of text, each with the criteria whose words it holds. */
export function highlight(a: Analysis): { text: string; criteria: Criterion[] }[] {
  const cuts = new Set<number>([0, a.text.length]);
  for (const c of a.criteria) for (const s of c.spans) cuts.add(s.start).add(s.end);
  const points = [...cuts].filter((p) => p >= 0 && p <= a.text.length).sort((x, y) => x - y);
  const runs: { text: string; criteria: Criterion[] }[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] ?? 0;
    const end = points[i + 1] ?? 0;
    const criteria = a.criteria
      .filter((c) => c.spans.some((s) => s.start <= start && s.end >= end))
      .map((c) => c.criterion);
    runs.push({ text: a.text.slice(start, end), criteria });
  }
  return runs;
}

function formatScore(score: number, lang: Lang): string {
  return lang === 'fr' ? String(score).replace('.', ',') : String(score);
}

export default function SmartChecker({ lang, strings, builder = false, idPrefix = 'smart' }: Props) {
  const [text, setText] = useState('');
  // The text last handed to the analyser (see the typing effect below).
  const [analysed, setAnalysed] = useState('');
  const [live, setLive] = useState('');
  const [ready, setReady] = useState(false);
  const [failed, setFailed] = useState(false);
  const [Builder, setBuilder] = useState<typeof SmartBuilderType | null>(null);
  const [loading, setLoading] = useState(false);
  const [builderFailed, setBuilderFailed] = useState(false);
  const area = useRef<HTMLTextAreaElement>(null);
  const t = (key: string, vars?: Record<string, string>) => interpolateMessage(strings, key, vars);
  const say = (m: Message) => t(m.key, m.vars);
  const id = (name: string) => `${idPrefix}-${name}`;

  // The analyser (a worker where possible) starts on the first focus, keystroke or prefill, and
  // compiles its rules at once on a sample sentence, before the visitor has typed much. After a
  // failure, the next focus or keystroke starts a new one.
  const analyser = useRef<Analyser | null>(null);
  const start = (): Analyser => {
    if (analyser.current) return analyser.current;
    const created = createAnalyser(lang);
    analyser.current = created;
    setFailed(false);
    created(WARM_UP[lang]).catch(() => undefined);
    return created;
  };

  // On focus, the worker starts once the focused field has painted, so that the click or tap
  // that focused it is answered first.
  const startAfterPaint = () => requestAnimationFrame(() => setTimeout(start, 0));

  // The builder is its own chunk, fetched when asked for, with the engine it writes with.
  const openBuilder = () => {
    setLoading(true);
    setBuilderFailed(false);
    start();
    void Promise.all([import('./SmartBuilder'), loadEngine(lang)])
      .then(
        ([m]) => setBuilder(() => m.default),
        () => {
          if (!reloadOnce()) setBuilderFailed(true);
        },
      )
      .finally(() => setLoading(false));
  };

  // Prefill from ?objective= (validated and capped like any typed text).
  useEffect(() => {
    const param = new URLSearchParams(location.search).get('objective');
    if (param) {
      const objective = sanitizeObjective(param);
      setText(objective);
      // A prefilled objective is analysed at once; typed text waits for a pause (below).
      setAnalysed(objective);
      start();
    }
    setReady(true);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- being split: the analysis hook states its dependencies
  }, []);

  const hasText = text.trim() !== '';
  // Typing only updates the field; the analysis follows once typing pauses (a prefilled objective
  // is analysed at once, above), so that a keystroke never waits for it. Not even the first one:
  // analysing a first letter would only put a page of verdicts in front of the visitor mid-word.
  useEffect(() => {
    const timer = setTimeout(() => setAnalysed(text), ANALYSIS_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text]);
  const [analysis, setAnalysis] = useState<Analysis | null>(null);
  useEffect(() => {
    if (analysed.trim() === '') {
      setAnalysis(null);
      return;
    }
    let current = true;
    start()(analysed).then(
      (result) => {
        if (!current) return;
        chunksLoaded();
        setFailed(false);
        setAnalysis(result);
      },
      () => {
        if (!current) return;
        analyser.current = null;
        // Online, the chunk is most likely gone with a new deploy: one clean reload gets it.
        if (reloadOnce()) return;
        setFailed(true);
        setLive(t(loadErrorKey()));
      },
    );
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- being split: the analysis hook states its dependencies
  }, [analysed]);
  // Something to analyse, and its analysis still on its way. (The criteria show as busy only once
  // the text has been handed to the analyser: until the first pause, the first keystrokes change
  // nothing but the field, and stay as quick as in a plain form.)
  const pending = hasText && !analysis;
  // ?reveal=1: score and verdicts wait for "Show the answer"; a new objective hides them again.
  const reveal = useReveal(analysis?.text ?? '', analysis !== null);

  // Tell the page (and an embedding frame) about the result; keep the URL shareable;
  // announce the new score politely once typing pauses. Nothing changes while the engine loads
  // (nor when it failed): the URL keeps the objective.
  useEffect(() => {
    if (pending || reveal.silent) return;
    const timer = setTimeout(() => {
      const objective = analysis?.text.trim() ?? '';
      announceResult({ tool: 'smart', value: analysis ? analysis.score : null, inputs: { objective } });
      if (analysis) {
        const colon = lang === 'fr' ? '\u00a0: ' : ': ';
        const summary = analysis.criteria
          .map((c) => `${t(`smart.criterion.${c.criterion}`)}${colon}${t(`smart.status.${c.status}`)}`)
          .join(', ');
        setLive(t('smart.live', { score: formatScore(analysis.score, lang), summary }));
      } else setLive('');
      const url = new URL(location.href);
      if (objective) url.searchParams.set('objective', objective);
      else url.searchParams.delete('objective');
      if (url.href !== location.href) history.replaceState(history.state, '', url);
    }, 400);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- being split: the analysis hook states its dependencies
  }, [analysis, pending, reveal.silent]);

  const use = (sentence: string) => {
    setText(sanitizeObjective(sentence));
    area.current?.focus();
  };

  const score = analysis ? formatScore(analysis.score, lang) : '';

  return (
    <div class="smart" data-ready={ready ? 'true' : undefined}>
      <section class="smart-checker" aria-labelledby={id('title')}>
        <h2 id={id('title')}>{t('smart.checker.title')}</h2>
        <form class="smart-form" onSubmit={(e) => e.preventDefault()}>
          <label for={id('objective')}>{t('smart.input.label')}</label>
          <p id={id('hint')} class="muted smart-hint">
            {t('smart.input.hint')}
          </p>
          <textarea
            id={id('objective')}
            ref={area}
            name="objective"
            rows={3}
            maxLength={MAX_OBJECTIVE_LENGTH}
            spellcheck
            placeholder={t('smart.input.placeholder')}
            aria-describedby={failed ? `${id('hint')} ${id('error')}` : id('hint')}
            value={text}
            onFocus={startAfterPaint}
            onInput={(e) => {
              // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- being split: the rewrite drops the cast
              setText(sanitizeObjective((e.currentTarget as HTMLTextAreaElement).value));
              start();
            }}
          />
          {failed && (
            <p id={id('error')} class="smart-error">
              {t(loadErrorKey())}
            </p>
          )}
        </form>

        {!hasText || (!analysis && analysed.trim() === '') ? (
          <p class="smart-empty">{t('smart.empty')}</p>
        ) : !analysis ? (
          failed ? null : (
            <div class="smart-analysis" aria-busy="true">
              <p class="smart-empty muted">{t('smart.loading')}</p>
              <ul class="smart-criteria">
                {CRITERIA.map((c) => (
                  <li key={c} class="smart-criterion" data-criterion={c} data-status="unknown">
                    <p class="smart-criterion-head">
                      <span class="smart-icon" aria-hidden="true">
                        {ICONS.unknown}
                      </span>{' '}
                      <strong>{t(`smart.criterion.${c}`)}</strong>
                    </p>
                  </li>
                ))}
              </ul>
            </div>
          )
        ) : reveal.hidden ? (
          <RevealButton lang={lang} onShow={reveal.show} />
        ) : (
          <div class="smart-analysis" tabIndex={-1} ref={reveal.target as never}>
            <p class="smart-score" data-score={analysis.score}>
              {t('smart.score', { score })}
            </p>
            {analysis.lang !== lang && <p class="muted">{t(`smart.detected.${analysis.lang}`)}</p>}

            <h3>{t('smart.highlight.title')}</h3>
            <p class="smart-highlight" lang={analysis.lang}>
              {highlight(analysis).map((run, i): ComponentChildren =>
                run.criteria.length ? (
                  <mark
                    key={i}
                    class={`smart-mark smart-mark-${run.criteria[0]}`}
                    data-criteria={run.criteria.join(' ')}
                  >
                    {run.text}
                  </mark>
                ) : (
                  run.text
                ),
              )}
            </p>

            <h3>{t('smart.results.title')}</h3>
            <ul class="smart-criteria">
              {analysis.criteria.map((c) => (
                <li key={c.criterion} class="smart-criterion" data-criterion={c.criterion} data-status={c.status}>
                  <p class="smart-criterion-head">
                    <span class="smart-icon" aria-hidden="true">
                      {ICONS[c.status]}
                    </span>{' '}
                    <strong>{t(`smart.criterion.${c.criterion}`)}</strong>
                    {lang === 'fr' ? '\u00a0: ' : ': '}
                    <span class="smart-status">{t(`smart.status.${c.status}`)}</span>
                  </p>
                  <p>{say(c.reason)}</p>
                  {c.suggestion && (
                    <p>
                      <strong>{t('smart.suggestion')}</strong> {say(c.suggestion)}
                    </p>
                  )}
                  {c.benchmark && (
                    <p class="muted">
                      <strong>{t('smart.benchmark')}</strong> {t(c.benchmark)}
                    </p>
                  )}
                  {c.link && (
                    <p>
                      <a href={c.link}>{t('smart.link')}</a>
                    </p>
                  )}
                </li>
              ))}
            </ul>

            <h3>{t('smart.improved.title')}</h3>
            {analysis.improved ? (
              <div class="smart-improved">
                <p class="smart-improved-text" lang={analysis.lang} data-rewrite>
                  {analysis.improved}
                </p>
                {analysis.improvedNote && <p>{say(analysis.improvedNote)}</p>}
                <p class="muted">{t('smart.improved.hint')}</p>
                <button type="button" class="secondary" onClick={() => use(analysis.improved ?? '')}>
                  {t('smart.improved.use')}
                </button>
              </div>
            ) : (
              <p>{t(analysis.score === 5 ? 'smart.improved.none' : 'smart.improved.impossible')}</p>
            )}
          </div>
        )}
        <p class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
          {live}
        </p>
      </section>
      {builder && (
        <section class="smart-builder" aria-labelledby={id('builder-title')}>
          <h2 id={id('builder-title')}>{t('smart.builder.title')}</h2>
          <p class="muted">{t('smart.builder.intro')}</p>
          {Builder ? (
            <Builder lang={lang} strings={strings} idPrefix={id('builder')} onUse={use} />
          ) : (
            <>
              <button type="button" onClick={openBuilder} disabled={loading}>
                {t('smart.builder.open')}
              </button>
              {builderFailed && <p class="smart-error">{t(loadErrorKey())}</p>}
            </>
          )}
        </section>
      )}
    </div>
  );
}

export { CRITERIA };
