/**
 * Once typing pauses: tells the page (and an embedding frame) about the result (`smm:result`),
 * keeps the URL shareable (`?objective=`), and puts the new score in the polite live region.
 * Nothing changes while the engine loads, nor when it failed (the URL keeps the objective), nor
 * while a ?reveal=1 answer is hidden.
 */
import { useEffect } from 'preact/hooks';
import { announceResult } from '../../lib/embed/events';
import type { Analysis } from '../../lib/smart/checker';
import type { Lang } from '../../lib/smart/lexicon';
import { formatScore } from './SmartResult';

type Translate = (key: string, vars?: Record<string, string>) => string;

export function useSmartAnnounce(
  analysis: Analysis | null,
  quiet: boolean,
  lang: Lang,
  t: Translate,
  setLive: (text: string) => void,
): void {
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
      const url = new URL(location.href);
      if (objective) url.searchParams.set('objective', objective);
      else url.searchParams.delete('objective');
      if (url.href !== location.href) history.replaceState(history.state, '', url);
    }, 400);
    return () => clearTimeout(timer);
  }, [analysis, quiet]);
}
