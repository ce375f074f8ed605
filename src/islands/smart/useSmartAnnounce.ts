/**
 * Once typing pauses: tells the page (and an embedding frame) about the result (`smm:result`) and
 * puts the new score in the polite live region; then, once the visitor has stopped typing, keeps
 * the URL shareable (`?objective=`). Nothing changes while the engine loads, nor when it failed
 * (the URL keeps the objective), nor while a ?reveal=1 answer is hidden.
 *
 * The URL waits for the visitor: every change of address makes Chromium fetch and decode the
 * page's icon again, on the main thread, about 400 ms later (a Chromium trace at 4x CPU slowdown:
 * docs/performance.md), which landed in the middle of the next words typed. It is written once
 * nothing has been typed for URL_QUIET_MS, and at once when the field loses focus (before any
 * button is pressed) or the page is hidden or left.
 */
import { useEffect, useRef } from 'preact/hooks';
import { announceResult } from '../../lib/embed/events';
import type { Analysis } from '../../lib/smart/checker';
import type { Lang } from '../../lib/smart/lexicon';
import { formatScore, type Translate } from './busy';

/** How long after the last keystroke the URL takes the objective. */
export const URL_QUIET_MS = 1000;

/** Returns what writes the URL at once (the field's blur handler). */
export function useSmartAnnounce(
  analysis: Analysis | null,
  quiet: boolean,
  lang: Lang,
  t: Translate,
  setLive: (text: string) => void,
  typedAt: { current: number },
): () => void {
  // The objective the URL is still to take (null: nothing to write), and the wait for it.
  const due = useRef<string | null>(null);
  const wait = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const write = useRef(() => {
    clearTimeout(wait.current);
    const objective = due.current;
    if (objective === null) return;
    due.current = null;
    const url = new URL(location.href);
    if (objective) url.searchParams.set('objective', objective);
    else url.searchParams.delete('objective');
    if (url.href !== location.href) history.replaceState(history.state, '', url);
  }).current;

  useEffect(() => {
    if (quiet) return;
    const timer = setTimeout(() => {
      const objective = analysis?.text.trim() ?? '';
      announceResult({ tool: 'smart', value: analysis ? analysis.score : null, inputs: { objective } });
      if (analysis) {
        const colon = t('smart.colon');
        const summary = analysis.criteria
          .map((c) => `${t(`smart.criterion.${c.criterion}`)}${colon}${t(`smart.status.${c.status}`)}`)
          .join(', ');
        setLive(t('smart.live', { score: formatScore(analysis.score, lang), summary }));
      } else setLive('');
      due.current = objective;
      const whenQuiet = () => {
        const left = typedAt.current + URL_QUIET_MS - performance.now();
        if (left > 0) wait.current = setTimeout(whenQuiet, left);
        else write();
      };
      clearTimeout(wait.current);
      whenQuiet();
    }, 400);
    return () => clearTimeout(timer);
  }, [analysis, quiet]);

  useEffect(() => {
    const hidden = () => {
      if (document.visibilityState === 'hidden') write();
    };
    addEventListener('pagehide', write);
    document.addEventListener('visibilitychange', hidden);
    return () => {
      removeEventListener('pagehide', write);
      document.removeEventListener('visibilitychange', hidden);
      clearTimeout(wait.current);
    };
  }, []);
  return write;
}
