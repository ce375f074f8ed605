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
  text: string;
  /** Sets the field's text (already sanitized by the caller). */
  setText: (text: string) => void;
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

/** `onFailure` runs when the engine cannot be fetched and the page does not reload for it. */
export function useSmartAnalysis(lang: Lang, onFailure: () => void): SmartAnalysis {
  const [text, setText] = useState('');
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

  // Prefill from ?objective= (validated and capped like any typed text), analysed at once.
  useEffect(() => {
    const param = new URLSearchParams(location.search).get('objective');
    if (param) {
      const objective = sanitizeObjective(param);
      setText(objective);
      setAnalysed(objective);
      start();
    }
    setReady(true);
  }, []);

  // Typing only updates the field; the analysis follows once typing pauses, so that a keystroke
  // never waits for it. Not even the first one: analysing a first letter would only put a page of
  // verdicts in front of the visitor mid-word.
  useEffect(() => {
    const timer = setTimeout(() => setAnalysed(text), ANALYSIS_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text]);

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

  const pending = text.trim() !== '' && !analysis;
  return { text, setText, analysed, analysis, pending, failed, ready, start, startAfterPaint };
}
