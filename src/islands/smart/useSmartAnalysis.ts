/**
 * The SMART checker's analysis lifecycle: the typed objective, the analyser (a worker where
 * possible, fetched on demand: src/lib/smart/analyser.ts), the `?objective=` prefill, the pause
 * before each analysis, and what happens when the engine cannot be fetched. The component only
 * renders what this returns.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { objectiveWarmUp } from '../../lib/i18n/languages/warm-up';
import { createAnalyser, type Analyser } from '../../lib/smart/analyser';
import type { Analysis } from '../../lib/smart/checker';
import { sanitizeObjective } from '../../lib/smart/input';
import type { Lang } from '../../lib/smart/lexicon';
import { chunksLoaded, reloadOnce } from '../stale';
import type { SmartResult } from './SmartResult';

/** How long typing must pause before the objective is analysed again. */
export const ANALYSIS_DELAY_MS = 150;
/** A sentence that exercises every rule once, to compile them before the visitor types (its language's data). */
const WARM_UP: Record<Lang, string> = objectiveWarmUp;

/** The verdicts' component (./SmartResult.tsx): its own chunk, fetched once, beside the engine. */
let resultView: Promise<typeof import('./SmartResult')> | undefined;
const loadResultView = () =>
  (resultView ??= import('./SmartResult').catch((error: unknown) => {
    resultView = undefined;
    throw error;
  }));

export interface SmartAnalysis {
  /** The objective field: the hook owns its text (it is not re-rendered on each keystroke). */
  field: { current: HTMLTextAreaElement | null };
  /** The field holds something other than spaces. */
  hasText: boolean;
  /** Puts a text in the field (already sanitized by the caller) and analyses it after the usual pause. */
  setText: (text: string) => void;
  /** The field's input handler: cleans what was typed, in place, and analyses it once typing pauses. */
  onInput: () => void;
  /** The text last handed to the analyser. */
  analysed: string;
  analysis: Analysis | null;
  /** What renders `analysis` (loaded with it). */
  View: typeof SmartResult | null;
  /** Something to analyse, and its analysis still on its way. */
  pending: boolean;
  /** The engine could not be fetched: the field says so and keeps the text. */
  failed: boolean;
  /** Hydrated (and the prefill read). */
  ready: boolean;
  /** Starts the analyser (idempotent); after a failure, a new one. */
  start: () => Analyser;
  /** Starts it once the focused field has painted, so that the tap that focused it is answered first. */
  startAfterPaint: () => void;
  /** When the visitor last typed in the field (`performance.now()`, 0: not yet). */
  typedAt: { current: number };
}

/**
 * Writes `text` into the field if it differs from what is there, keeping the caret where it was
 * (moved back by what cleaning removed before it).
 */
function writeField(field: HTMLTextAreaElement | null, text: string): void {
  if (!field || field.value === text) return;
  const removed = field.value.length - text.length;
  const focused = field.ownerDocument.activeElement === field;
  const caret = Math.max(0, Math.min(text.length, (field.selectionEnd ?? text.length) - Math.max(0, removed)));
  field.value = text;
  if (focused) field.setSelectionRange(caret, caret);
}

/**
 * The analyser, started on the first focus, keystroke or prefill; it compiles its rules at once on
 * a sample sentence, before the visitor has typed much. `startAfterPaint` starts it once the frame
 * that answers a tap or a key has painted (at most once): creating the worker never lands in the
 * task of an input.
 */
function useAnalyser(lang: Lang, onStart: () => void) {
  const analyser = useRef<Analyser | null>(null);
  const waiting = useRef(false);
  const start = (): Analyser => {
    if (analyser.current) return analyser.current;
    const created = createAnalyser(lang);
    analyser.current = created;
    onStart();
    created(WARM_UP[lang]).catch(() => undefined);
    loadResultView().catch(() => undefined);
    return created;
  };
  const startAfterPaint = () => {
    if (analyser.current || waiting.current) return;
    waiting.current = true;
    requestAnimationFrame(() =>
      setTimeout(() => {
        waiting.current = false;
        start();
      }, 0),
    );
  };
  return { analyser, start, startAfterPaint };
}

/**
 * The field's text, kept in the element and a ref (not in state), when it was last typed in, and
 * the pause: `onEmpty` runs at once when the field is emptied, `onPause` with the text once typing
 * has paused for ANALYSIS_DELAY_MS. Typing only updates the field; the analysis follows once
 * typing pauses, so that a keystroke never waits for it. Not even the first one: analysing a
 * first letter would only put a page of verdicts in front of the visitor mid-word.
 */
function useTyping(onEmpty: () => void, onPause: (text: string) => void) {
  const field = useRef<HTMLTextAreaElement | null>(null);
  const text = useRef('');
  const typedAt = useRef(0);
  const pause = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const changed = (value: string) => {
    text.current = value;
    if (value.trim() === '') onEmpty();
    clearTimeout(pause.current);
    pause.current = setTimeout(() => onPause(text.current), ANALYSIS_DELAY_MS);
  };
  useEffect(() => () => clearTimeout(pause.current), []);
  return { field, text, typedAt, changed };
}

/**
 * `onFailure` runs when the engine cannot be fetched and the page does not reload for it.
 *
 * A keystroke costs no render: the field is not controlled by Preact (its text lives in the
 * element and in a ref, useTyping above), and the only state a keystroke may change is `hasText`, when the
 * field is emptied (the invitation to type comes back at once). A field that fills changes
 * nothing on screen before the pause, so `hasText` follows then, in the same render as the
 * request for an analysis: the first key typed renders nothing. The analysis is asked for once
 * typing pauses, and its result is rendered in one go when the worker answers; the worker itself
 * starts after the focused field has painted, never in a keystroke's task (Chromium traces of
 * typing at 4x CPU slowdown: docs/performance.md).
 */
export function useSmartAnalysis(lang: Lang, onFailure: () => void): SmartAnalysis {
  const [hasText, setHasText] = useState(false);
  const [analysed, setAnalysed] = useState('');
  const [analysis, setAnalysis] = useState<Analysis | null>(null);
  const [View, setView] = useState<typeof SmartResult | null>(null);
  const [ready, setReady] = useState(false);
  const [failed, setFailed] = useState(false);
  const { analyser, start, startAfterPaint } = useAnalyser(lang, () => setFailed(false));
  /** Asks for the analysis of `value` (and says whether there is text), in one render. */
  const ask = (value: string) => {
    setHasText(value.trim() !== '');
    setAnalysed(value);
  };
  const { field, text, typedAt, changed } = useTyping(() => setHasText(false), ask);

  const setText = (value: string) => {
    writeField(field.current, value);
    changed(value);
  };
  const onInput = () => {
    const element = field.current;
    if (!element) return;
    typedAt.current = performance.now();
    const value = sanitizeObjective(element.value);
    writeField(element, value);
    changed(value);
    startAfterPaint();
  };

  // Prefill from ?objective= (validated and capped like any typed text), analysed at once.
  useEffect(() => {
    const param = new URLSearchParams(location.search).get('objective');
    if (param) {
      const objective = sanitizeObjective(param);
      writeField(field.current, objective);
      text.current = objective;
      ask(objective);
      start();
    }
    setReady(true);
  }, []);

  useEffect(() => {
    if (analysed.trim() === '') {
      setAnalysis(null);
      return;
    }
    let current = true;
    Promise.all([start()(analysed), loadResultView()]).then(
      ([result, view]) => {
        if (!current) return;
        chunksLoaded();
        setFailed(false);
        setView(() => view.SmartResult);
        setAnalysis(result);
      },
      () => {
        if (!current) return;
        analyser.current = null;
        // Online, the chunk is most likely gone with a new deploy: one clean reload gets it.
        if (reloadOnce()) return;
        setFailed(true);
        onFailure();
      },
    );
    return () => {
      current = false;
    };
  }, [analysed]);

  const pending = hasText && !analysis;
  return {
    field,
    hasText,
    setText,
    onInput,
    analysed,
    analysis,
    View,
    pending,
    failed,
    ready,
    start,
    startAfterPaint,
    typedAt,
  };
}
