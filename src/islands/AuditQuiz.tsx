import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { encodeAnswers, readShareHash, shareFragment, type DecodeError } from '../lib/audit/codec';
import { exportCsv, exportJson, parseImport, tooLargeToImport } from '../lib/audit/exchange';
import { scoreAudit } from '../lib/audit/scoring';
import {
  answersOf,
  compareLatest,
  currentAnswers,
  emptyState,
  finishAttempt,
  mergeHistory,
  newAttempt,
  recoverState,
  SET_ASIDE_LIMIT,
  STORAGE_KEY,
  withAnswer,
  withStep,
} from '../lib/audit/storage';
import { ANSWERS, questionIds, type Answer, type Answers, type DimensionRef } from '../lib/audit/types';
import { announceResult } from '../lib/embed/events';
import { RevealButton, useReveal } from './Reveal';
import { formatLongDate } from '../lib/i18n/dates';
import { formatWholePercent } from '../lib/numbers/format';
import { Report } from './audit/Report';
import { download, downloadRaw, useAuditStore } from './audit/useAuditStore';
import { translator, type DimensionView, type Strings } from './audit/view';

export interface AuditQuizProps {
  lang: 'fr' | 'en';
  /** UI strings, `audit.` prefix removed. */
  strings: Strings;
  dimensions: DimensionView[];
  /** On an embed page: links open in a new tab. */
  embed?: boolean;
}

type Message = { kind: 'status' | 'alert'; text: string };

/**
 * The self-audit: one dimension per step, then the report. State lives here, saved and kept in
 * step with other tabs by ./audit/useAuditStore; scoring, priorities, the share link and the
 * storage format are in src/lib/audit.
 */
export default function AuditQuiz({ lang, strings, dimensions, embed = false }: AuditQuizProps) {
  const t = useMemo(() => translator(strings, lang), [strings, lang]);
  const refs = useMemo<DimensionRef[]>(
    () => dimensions.map((d) => ({ id: d.id, questions: d.questions.map((q) => ({ id: q.id, weight: q.weight })) })),
    [dimensions],
  );
  const ids = useMemo(() => questionIds(refs), [refs]);
  // Written by hand, not with Intl: its first use would block the page while it hydrates.
  const formatPercent = (p: number) => formatWholePercent(Math.round(p), lang);
  const formatDate = (date: Date) => formatLongDate(date, lang);

  const { state, ready, canSave, notice, change, replaceSetAside, pruneCopies } = useAuditStore(ids);
  const [message, setMessage] = useState<Message | null>(null);
  const [shared, setShared] = useState<Answers | null>(null);
  const [shareError, setShareError] = useState<DecodeError | null>(null);
  const [copied, setCopied] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const moveFocus = useRef(false);

  const n = dimensions.length;
  const step = Math.min(Math.max(state.current.step, 0), n);
  const answers = useMemo(() => answersOf(state), [state]);

  useEffect(() => {
    const readHash = () => {
      const r = readShareHash(ids, location.hash);
      setShared(r?.ok ? r.answers : null);
      setShareError(r !== undefined && !r.ok ? r.error : null);
    };
    readHash();
    window.addEventListener('hashchange', readHash);
    return () => window.removeEventListener('hashchange', readHash);
  }, [ids]);

  const shown = shared ?? answers;
  const score = useMemo(() => scoreAudit(refs, shown), [refs, shown]);

  // ?reveal=1: no score leaves or shows before "Show the answer"; a changed answer hides it again.
  const reveal = useReveal(encodeAnswers(ids, shown), true);
  useEffect(() => {
    if (!ready || reveal.silent) return;
    // No answer yet, no score: a learning platform must not record 0 % before the first answer.
    const value = score.answered > 0 ? score.percent : null;
    const scores = Object.fromEntries(score.dimensions.map((d) => [d.id, Math.round(d.percent)]));
    // The answers stay in this page (the embed's link to the full page carries them); the message
    // posted to a framing site keeps the scores only (resultMessage drops the audit's inputs).
    announceResult({ tool: 'audit', value, inputs: { r: encodeAnswers(ids, shown) }, scores });
  }, [ready, score, ids, shown, reveal.silent]);

  useEffect(() => {
    if (moveFocus.current) {
      moveFocus.current = false;
      headingRef.current?.focus();
    }
  });

  const goTo = (next: number) => {
    moveFocus.current = true;
    setCopied(false);
    change((s) => {
      const now = new Date();
      const moved = withStep(s, next, now);
      return next === n && Object.keys(currentAnswers(s)).length > 0 ? finishAttempt(moved, refs, now) : moved;
    });
  };
  const answer = (id: string, a: Answer | undefined) => change((s) => withAnswer(s, id, a, new Date()));

  const recover = () => {
    if (notice?.kind !== 'set-aside') return;
    const r = recoverState(notice.raw, ids, new Date());
    replaceSetAside(r.state);
    setMessage({ kind: 'status', text: t('recovered', { answers: r.answers, attempts: r.attempts }) });
  };
  const startOver = () => {
    replaceSetAside(emptyState(new Date()));
    setMessage(null);
  };
  const prune = () => {
    const r = pruneCopies();
    if (r !== null) setMessage({ kind: 'status', text: t('pruned', { count: r.count, key: r.key }) });
  };
  const leaveShared = () => {
    history.replaceState(null, '', location.pathname + location.search);
    setShared(null);
    setShareError(null);
  };

  const csvLabels = () => ({
    header: [
      t('csv.dimension'),
      t('csv.question'),
      t('csv.answer'),
      t('csv.points'),
      t('csv.weight'),
      t('csv.score'),
    ] as [string, string, string, string, string, string],
    answers: {
      no: t('answer.no'),
      partly: t('answer.partly'),
      yes: t('answer.yes'),
      unknown: t('answer.unknown'),
      skipped: t('answer.skipped'),
    },
    levels: { priority: t('level.priority'), improve: t('level.improve'), maintain: t('level.maintain') },
    overall: t('csv.overall'),
  });
  const stamp = () => new Date().toISOString().slice(0, 10);
  const onImport = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (file === undefined) return;
    // Refused by its size alone, before a byte of it is read.
    if (tooLargeToImport(file.size)) {
      input.value = '';
      setMessage({ kind: 'alert', text: t('importError.too-large') });
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      setMessage({ kind: 'alert', text: t('importError.read') });
      return;
    } finally {
      input.value = '';
    }
    const r = parseImport(text, refs);
    if (!r.ok) {
      setMessage({ kind: 'alert', text: t(`importError.${r.error}`) });
      return;
    }
    const count = Object.keys(r.answers).length;
    setMessage({
      kind: 'status',
      text: r.ignored > 0 ? t('importedIgnored', { count, ignored: r.ignored }) : t('imported', { count }),
    });
    change((s) => {
      const now = new Date();
      let fresh = newAttempt({ ...s, history: mergeHistory(s.history, r.history, s.removed) }, now);
      for (const [id, a] of Object.entries(r.answers)) fresh = withAnswer(fresh, id, a, now);
      if (r.profile)
        fresh = { ...fresh, current: { ...fresh.current, profile: { ...r.profile, at: now.toISOString() } } };
      return withStep(fresh, n, now);
    });
  };

  const messageBox = message && (
    <div class={`audit-message card ${message.kind === 'alert' ? 'audit-error' : ''}`} role={message.kind}>
      <p>{message.text}</p>
      <button type="button" class="secondary" onClick={() => setMessage(null)}>
        {t('dismiss')}
      </button>
    </div>
  );

  if (notice?.kind === 'newer') {
    return (
      <div class="audit" data-ready="true" data-storage="newer">
        <div class="audit-notice card" role="alert">
          <h2>{t('newer')}</h2>
          <p>{t('newerText')}</p>
          <div class="audit-buttons">
            <button type="button" onClick={() => location.reload()}>
              {t('reload')}
            </button>
            <button type="button" class="secondary" onClick={() => downloadRaw(notice.raw)}>
              {t('downloadSaved')}
            </button>
          </div>
        </div>
      </div>
    );
  }

  if (notice?.kind === 'set-aside') {
    const copied = notice.key !== STORAGE_KEY;
    return (
      <div class="audit" data-ready="true" data-storage={copied ? 'set-aside' : 'not-copied'}>
        <div class="audit-notice card" role="alert">
          <h2>{t('setAside')}</h2>
          <p>
            {t(`setAside.${notice.reason}`)}{' '}
            {copied
              ? t('setAsideKept', { key: notice.key })
              : notice.full
                ? t('setAsideFull', { key: notice.key, limit: SET_ASIDE_LIMIT })
                : t('setAsideNotCopied', { key: notice.key })}
          </p>
          <div class="audit-buttons">
            <button type="button" class={copied ? 'secondary' : undefined} onClick={() => downloadRaw(notice.raw)}>
              {t('downloadSaved')}
            </button>
            {notice.full && (
              <button type="button" class="secondary" onClick={prune}>
                {t('pruneCopies')}
              </button>
            )}
            <button type="button" class={copied ? undefined : 'secondary'} onClick={recover}>
              {t('recover')}
            </button>
            <button type="button" class="secondary" onClick={startOver}>
              {t('startOver')}
            </button>
          </div>
        </div>
        {messageBox}
      </div>
    );
  }

  const date = formatDate(new Date(shared === null ? state.current.updatedAt : Date.now()));

  if (shared !== null) {
    return (
      <div class="audit" data-ready={ready ? 'true' : undefined} data-mode="shared">
        <div class="audit-notice card no-print" role="status">
          <p>{t('shared')}</p>
          <button type="button" onClick={leaveShared}>
            {t('sharedOwn')}
          </button>
        </div>
        <Report
          lang={lang}
          t={t}
          dimensions={dimensions}
          answers={shared}
          score={score}
          formatPercent={formatPercent}
          date={date}
          embed={embed}
        />
      </div>
    );
  }

  const answered = score.answered;
  const shareUrl = ready
    ? `${location.origin}/${lang}/tools/audit/#${shareFragment(ids, currentAnswers(state), state.current.profile)}`
    : '';
  const comparison = compareLatest(
    state.history,
    refs.map((d) => d.id),
  );
  const latest = state.history.at(-1);
  const previous = state.history.at(-2);
  const titles = Object.fromEntries(dimensions.map((d) => [d.id, d.title]));
  const signed = (x: number) => (x > 0 ? `+${x}` : String(x));

  return (
    <div class="audit" data-ready={ready ? 'true' : undefined} data-mode="own">
      {shareError && (
        <div class="audit-notice card audit-error" role="alert">
          <p>{t(`shareError.${shareError}`)}</p>
          <button type="button" class="secondary" onClick={leaveShared}>
            {t('dismiss')}
          </button>
        </div>
      )}
      {!canSave && (
        <p class="audit-notice card" role="status">
          {t('unavailable')}
        </p>
      )}
      {messageBox}

      {step === 0 && <p class="audit-intro">{t('intro')}</p>}
      <div class="audit-progress no-print">
        <p id="audit-progress-label">{t('answeredOf', { answered, total: score.total })}</p>
        <progress max={score.total} value={answered} aria-labelledby="audit-progress-label" />
        <nav aria-label={t('steps')}>
          <ol class="audit-stepnav">
            {dimensions.map((d, i) => {
              const ds = score.dimensions[i];
              return (
                <li key={d.id}>
                  <button
                    type="button"
                    class="secondary"
                    aria-current={i === step ? 'step' : undefined}
                    onClick={() => goTo(i)}
                  >
                    {d.title}{' '}
                    <span class="audit-count">
                      ({t('stepCount', { answered: ds?.answered ?? 0, total: ds?.total ?? 0 })})
                    </span>
                  </button>
                </li>
              );
            })}
            <li>
              <button
                type="button"
                class="secondary"
                aria-current={step === n ? 'step' : undefined}
                onClick={() => goTo(n)}
              >
                {t('results')}
              </button>
            </li>
          </ol>
        </nav>
      </div>

      {step < n ? (
        <Step
          key={step}
          t={t}
          dimension={dimensions[step] as DimensionView}
          index={step}
          total={n}
          answers={answers}
          onAnswer={answer}
          onBack={() => goTo(step - 1)}
          onNext={() => goTo(step + 1)}
          headingRef={headingRef}
        />
      ) : reveal.hidden ? (
        <section class="audit-step" aria-labelledby="audit-step-title">
          <h2 id="audit-step-title" tabIndex={-1} ref={headingRef}>
            {t('results')}
          </h2>
          <RevealButton
            lang={lang}
            onShow={() => {
              moveFocus.current = true;
              reveal.show();
            }}
          />
        </section>
      ) : (
        <>
          <Report
            lang={lang}
            t={t}
            dimensions={dimensions}
            answers={answers}
            score={score}
            formatPercent={formatPercent}
            date={date}
            headingRef={headingRef}
            embed={embed}
            onGoTo={goTo}
          />

          <section class="audit-history" aria-labelledby="audit-history-title">
            <h3 id="audit-history-title">{t('history')}</h3>
            {latest === undefined ? (
              <p>{t('historyNone')}</p>
            ) : (
              <>
                {previous !== undefined && (
                  <table class="audit-table">
                    <caption>
                      {t('compareCaption', {
                        latest: formatDate(new Date(latest.finishedAt)),
                        previous: formatDate(new Date(previous.finishedAt)),
                      })}
                    </caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('table.dimension')}</th>
                        <th scope="col">{t('previous')}</th>
                        <th scope="col">{t('latest')}</th>
                        <th scope="col">{t('change')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {comparison.map((c) => (
                        <tr key={c.id}>
                          <th scope="row">{titles[c.id]}</th>
                          <td>{c.previous === undefined ? '–' : formatPercent(c.previous)}</td>
                          <td>{formatPercent(c.latest)}</td>
                          <td>{c.delta === undefined ? '–' : signed(c.delta)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                )}
                <h4>{t('historyList')}</h4>
                <ul>
                  {[...state.history].reverse().map((h) => (
                    <li key={h.id}>
                      {t('historyItem', {
                        date: formatDate(new Date(h.finishedAt)),
                        percent: formatPercent(h.percent),
                      })}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </section>

          <section class="audit-actions no-print" aria-labelledby="audit-share-title">
            <h3 id="audit-share-title">{t('share')}</h3>
            <label for="audit-share-url">{t('shareLabel')}</label>
            <div class="audit-share">
              <input
                id="audit-share-url"
                type="url"
                readOnly
                value={shareUrl}
                aria-describedby="audit-share-help"
                onFocus={(e) => e.currentTarget.select()}
              />
              <button
                type="button"
                onClick={() => {
                  void navigator.clipboard?.writeText(shareUrl).then(
                    () => setCopied(true),
                    () => setCopied(false),
                  );
                }}
              >
                {t('copy')}
              </button>
            </div>
            <p role="status" class="audit-copied">
              {copied ? t('copied') : ''}
            </p>
            <p id="audit-share-help" class="muted">
              {t('shareHelp')}
            </p>
            <div class="audit-buttons">
              <button type="button" onClick={() => window.print()}>
                {t('print')}
              </button>
              <button
                type="button"
                class="secondary"
                onClick={() => download(`audit-${stamp()}.json`, 'application/json', exportJson(state, new Date()))}
              >
                {t('exportJson')}
              </button>
              <button
                type="button"
                class="secondary"
                onClick={() =>
                  download(
                    `audit-${stamp()}.csv`,
                    'text/csv;charset=utf-8',
                    `\ufeff${exportCsv(
                      dimensions.map((d) => ({ id: d.id, title: d.title, questions: d.questions })),
                      answers,
                      score,
                      csvLabels(),
                    )}`,
                  )
                }
              >
                {t('exportCsv')}
              </button>
            </div>
            <p>
              <label for="audit-import">{t('import')}</label>
              <input id="audit-import" type="file" accept=".json,application/json" onChange={onImport} />
            </p>
            <div class="audit-buttons">
              <button type="button" class="secondary" onClick={() => goTo(0)}>
                {t('edit')}
              </button>
              <button
                type="button"
                class="secondary"
                aria-describedby="audit-restart-help"
                onClick={() => {
                  moveFocus.current = true;
                  change((s) => newAttempt(s, new Date()));
                }}
              >
                {t('restart')}
              </button>
            </div>
            <p id="audit-restart-help" class="muted">
              {t('restartHelp')}
            </p>
          </section>
        </>
      )}
    </div>
  );
}

interface StepProps {
  t: ReturnType<typeof translator>;
  dimension: DimensionView;
  index: number;
  total: number;
  answers: Answers;
  onAnswer: (id: string, a: Answer | undefined) => void;
  onBack: () => void;
  onNext: () => void;
  headingRef: { current: HTMLHeadingElement | null };
}

/** One dimension: its questions as radio groups, then back / next. */
function Step({ t, dimension, index, total, answers, onAnswer, onBack, onNext, headingRef }: StepProps) {
  return (
    <section class="audit-step" aria-labelledby="audit-step-title">
      <p class="audit-stepof">{t('stepOf', { n: index + 1, total })}</p>
      <h2 id="audit-step-title" tabIndex={-1} ref={headingRef}>
        {dimension.title}
      </h2>
      <p>{dimension.description}</p>
      {dimension.questions.map((q) => {
        const current = answers[q.id];
        return (
          <fieldset
            key={q.id}
            class="audit-question"
            data-question={q.id}
            aria-describedby={q.help ? `audit-help-${q.id}` : undefined}
          >
            <legend>{q.question}</legend>
            {q.help && (
              <p id={`audit-help-${q.id}`} class="muted">
                {q.help}
              </p>
            )}
            <div class="audit-choices">
              {ANSWERS.map((a) => (
                <label key={a} class="audit-choice">
                  <input
                    type="radio"
                    name={`audit-${q.id}`}
                    value={a}
                    checked={current === a}
                    onChange={() => onAnswer(q.id, a)}
                  />
                  {t(`answer.${a}`)}
                </label>
              ))}
            </div>
            {current !== undefined && (
              <button type="button" class="audit-clear secondary" onClick={() => onAnswer(q.id, undefined)}>
                {t('clear')}
              </button>
            )}
          </fieldset>
        );
      })}
      <p class="muted">{t('skipHint')}</p>
      <div class="audit-buttons">
        {index > 0 && (
          <button type="button" class="secondary" onClick={onBack}>
            {t('back')}
          </button>
        )}
        <button type="button" onClick={onNext}>
          {index === total - 1 ? t('seeResults') : t('next')}
        </button>
      </div>
    </section>
  );
}
