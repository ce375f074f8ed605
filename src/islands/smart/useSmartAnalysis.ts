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

/** How long typing must pause before the objective is analysed again. */
export const ANALYSIS_DELAY_MS = 150;
/** A sentence that exercises every rule once, to compile them before the visitor types (its language's data). */
const WARM_UP: Record<Lang, string> = objectiveWarmUp;

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
 * `onFailure` runs when the engine cannot be fetched and the page does not reload for it.
 *
 * A keystroke costs no render: the field is not controlled by Preact (its text lives in the
 * element and in `text` below), and the only state a keystroke may change is `hasText`, when the
 * field goes from empty to not empty or back. The analysis is asked for once typing pauses, and
 * its result is rendered in one go when the worker answers (a Chromium trace of typing at 4x CPU
 * slowdown showed the whole island re-rendered on each input event: docs/performance.md).
 */
export function useSmartAnalysis(lang: Lang, onFailure: () => void): SmartAnalysis {
  const field = useRef<HTMLTextAreaElement | null>(null);
  const text = useRef('');
  const pause = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const [hasText, setHasText] = useState(false);
  const [analysed, setAnalysed] = useState('');
  const [analysis, setAnalysis] = useState<Analysis | null>(null);
  const [ready, setReady] = useState(false);
  const [failed, setFailed] = useState(false);

  // The analyser starts on the first focus, keystroke or prefill, and compiles its rules at once
  // on a sample sentence, before the visitor has typed much.
  const analyser = useRef<Analyser | null>(null);
  const start = (): Analyser => {
    if (analyser.current) return analyser.current;
    const created = createAnalyser(lang);
    analyser.current = created;
    setFailed(false);
    created(WARM_UP[lang]).catch(() => undefined);
    return created;
  };
  const startAfterPaint = () => requestAnimationFrame(() => setTimeout(start, 0));

  /**
   * Typing only updates the field; the analysis follows once typing pauses, so that a keystroke
   * never waits for it. Not even the first one: analysing a first letter would only put a page of
   * verdicts in front of the visitor mid-word.
   */
  const changed = (value: string) => {
    text.current = value;
    setHasText(value.trim() !== '');
    clearTimeout(pause.current);
    pause.current = setTimeout(() => setAnalysed(text.current), ANALYSIS_DELAY_MS);
  };
  const setText = (value: string) => {
    writeField(field.current, value);
    changed(value);
  };
  const onInput = () => {
    const element = field.current;
    if (!element) return;
    const value = sanitizeObjective(element.value);
    writeField(element, value);
    changed(value);
    start();
  };
  useEffect(() => () => clearTimeout(pause.current), []);

  // Prefill from ?objective= (validated and capped like any typed text), analysed at once.
  useEffect(() => {
    const param = new URLSearchParams(location.search).get('objective');
    if (param) {
      const objective = sanitizeObjective(param);
      writeField(field.current, objective);
      text.current = objective;
      setHasText(objective.trim() !== '');
      setAnalysed(objective);
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
        onFailure();
      },
    );
    return () => {
      current = false;
    };
  }, [analysed]);

  const pending = hasText && !analysis;
  return { field, hasText, setText, onInput, analysed, analysis, pending, failed, ready, start, startAfterPaint };
}
