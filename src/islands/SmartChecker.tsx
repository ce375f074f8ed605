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
import { useCallback, useMemo, useRef, useState } from 'preact/hooks';
// Light modules only: the engine, the builder and each language's rules are their own chunks.
import { CRITERIA } from '../lib/smart/criteria';
import { MAX_OBJECTIVE_LENGTH, sanitizeObjective } from '../lib/smart/input';
import type { Lang } from '../lib/smart/lexicon';
import { loadEngine } from '../lib/smart/load';
import { interpolateMessage } from '../lib/smart/message';
import type SmartBuilderType from './SmartBuilder';
import { online, reloadOnce } from './stale';
import { RevealButton, useReveal } from './Reveal';
import { BusyCriteria, type Translate } from './smart/busy';
import { useSmartAnalysis } from './smart/useSmartAnalysis';
import { useSmartAnnounce } from './smart/useSmartAnnounce';
import './SmartChecker.css';

/** "Are you offline?" only when the browser says so; online, a plain "reload the page". */
const loadErrorKey = () => (online() ? 'smart.loadErrorOnline' : 'smart.loadError');

export interface Props {
  lang: Lang;
  /** The `smart.*` strings of the page's locale, keyed with their full key. */
  strings: Record<string, string>;
  /** Show the guided builder under the checker (full page; not in the embed). */
  builder?: boolean;
  /** Id prefix, so that two checkers could share a page. */
  idPrefix?: string;
}

/** The guided builder: its own chunk, fetched when asked for, with the engine it writes with. */
function BuilderSection({
  lang,
  strings,
  id,
  t,
  start,
  onUse,
}: {
  lang: Lang;
  strings: Record<string, string>;
  id: (name: string) => string;
  t: Translate;
  start: () => unknown;
  onUse: (sentence: string) => void;
}) {
  const [Builder, setBuilder] = useState<typeof SmartBuilderType | null>(null);
  const [loading, setLoading] = useState(false);
  const [failed, setFailed] = useState(false);
  const open = () => {
    setLoading(true);
    setFailed(false);
    start();
    void Promise.all([import('./SmartBuilder'), loadEngine(lang)])
      .then(
        ([m]) => setBuilder(() => m.default),
        () => {
          if (!reloadOnce()) setFailed(true);
        },
      )
      .finally(() => setLoading(false));
  };
  return (
    <section class="smart-builder" aria-labelledby={id('builder-title')}>
      <h2 id={id('builder-title')}>{t('smart.builder.title')}</h2>
      <p class="muted">{t('smart.builder.intro')}</p>
      {Builder ? (
        <Builder lang={lang} strings={strings} idPrefix={id('builder')} onUse={onUse} />
      ) : (
        <>
          <button type="button" onClick={open} disabled={loading}>
            {t('smart.builder.open')}
          </button>
          {failed && <p class="smart-error">{t(loadErrorKey())}</p>}
        </>
      )}
    </section>
  );
}

export default function SmartChecker({ lang, strings, builder = false, idPrefix = 'smart' }: Props) {
  const t: Translate = useMemo(() => (key, vars) => interpolateMessage(strings, key, vars), [strings]);
  const id = useCallback((name: string) => `${idPrefix}-${name}`, [idPrefix]);
  const [live, setLive] = useState('');
  const smart = useSmartAnalysis(lang, () => setLive(t(loadErrorKey())));
  const { hasText, analysis, View, analysed, pending, failed } = smart;
  // ?reveal=1: score and verdicts wait for "Show the answer"; a new objective hides them again.
  const reveal = useReveal(analysis?.text ?? '', analysis !== null);

  const writeUrl = useSmartAnnounce(analysis, pending || reveal.silent, lang, t, setLive, smart.typedAt);

  // Stable callbacks (through the latest render's hook), so that the kept elements below stay valid.
  const latest = useRef(smart);
  latest.current = smart;
  const use = useCallback((sentence: string) => {
    latest.current.setText(sanitizeObjective(sentence));
    latest.current.field.current?.focus();
  }, []);
  const startAnalyser = useCallback(() => latest.current.start(), []);
  const empty = !hasText || (!analysis && analysed.trim() === '');
  // The verdicts and the builder as the same elements from render to render until what they show
  // changes: Preact does not diff an element it rendered already, so a render of the checker (the
  // field emptied or filled, the analysis asked for) does not re-render them.
  const result = useMemo(
    () => analysis && View && <View analysis={analysis} lang={lang} t={t} onUse={use} target={reveal.target} />,
    [analysis, View, lang, t, use, reveal.target],
  );
  const builderSection = useMemo(
    () => builder && <BuilderSection lang={lang} strings={strings} id={id} t={t} start={startAnalyser} onUse={use} />,
    [builder, lang, strings, id, t, startAnalyser, use],
  );

  return (
    <div class="smart" data-ready={smart.ready ? 'true' : undefined}>
      <section class="smart-checker" aria-labelledby={id('title')}>
        <h2 id={id('title')}>{t('smart.checker.title')}</h2>
        <form class="smart-form" onSubmit={(e) => e.preventDefault()}>
          <label for={id('objective')}>{t('smart.input.label')}</label>
          <p id={id('hint')} class="muted smart-hint">
            {t('smart.input.hint')}
          </p>
          <textarea
            id={id('objective')}
            ref={smart.field}
            name="objective"
            rows={3}
            maxLength={MAX_OBJECTIVE_LENGTH}
            spellcheck
            placeholder={t('smart.input.placeholder')}
            aria-describedby={failed ? `${id('hint')} ${id('error')}` : id('hint')}
            onFocus={smart.startAfterPaint}
            onInput={smart.onInput}
            onBlur={writeUrl}
          />
          {failed && (
            <p id={id('error')} class="smart-error">
              {t(loadErrorKey())}
            </p>
          )}
        </form>

        {empty ? (
          <p class="smart-empty">{t('smart.empty')}</p>
        ) : !analysis ? (
          failed ? null : (
            <BusyCriteria t={t} />
          )
        ) : reveal.hidden ? (
          <RevealButton lang={lang} onShow={reveal.show} />
        ) : (
          result
        )}
        <p class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
          {live}
        </p>
      </section>
      {builderSection}
    </div>
  );
}

export { CRITERIA };
