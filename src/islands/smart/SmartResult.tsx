/**
 * The SMART checker's verdicts, as docs/CONTRACT.md promises them: the score, the objective with the
 * words each verdict rests on highlighted (<mark> elements built as Preact nodes; the objective is
 * never inserted as HTML), one element per criterion with `data-criterion` and `data-status`, and
 * the rewrite in an element with `data-rewrite`.
 *
 * Its own chunk, fetched beside the analysis engine (./useSmartAnalysis.ts): there are verdicts to
 * show only once the engine has arrived, so the page does not load them with itself (its
 * JavaScript budget).
 */
import type { ComponentChildren } from 'preact';
import type { Analysis, Criterion, CriterionResult, Message } from '../../lib/smart/checker';
import type { Lang } from '../../lib/smart/lexicon';
import { formatScore, ICONS, type Translate } from './busy';

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

function CriterionItem({ c, t, colon }: { c: CriterionResult; t: Translate; colon: string }) {
  const say = (m: Message) => t(m.key, m.vars);
  return (
    <li class="smart-criterion" data-criterion={c.criterion} data-status={c.status}>
      <p class="smart-criterion-head">
        <span class="smart-icon" aria-hidden="true">
          {ICONS[c.status]}
        </span>{' '}
        <strong>{t(`smart.criterion.${c.criterion}`)}</strong>
        {colon}
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
  );
}

function Rewrite({ analysis, t, onUse }: { analysis: Analysis; t: Translate; onUse: (text: string) => void }) {
  if (!analysis.improved) return <p>{t(analysis.score === 5 ? 'smart.improved.none' : 'smart.improved.impossible')}</p>;
  const improved = analysis.improved;
  return (
    <div class="smart-improved">
      <p class="smart-improved-text" lang={analysis.lang} data-rewrite>
        {improved}
      </p>
      {analysis.improvedNote && <p>{t(analysis.improvedNote.key, analysis.improvedNote.vars)}</p>}
      <p class="muted">{t('smart.improved.hint')}</p>
      <button type="button" class="secondary" onClick={() => onUse(improved)}>
        {t('smart.improved.use')}
      </button>
    </div>
  );
}

interface Props {
  analysis: Analysis;
  lang: Lang;
  t: Translate;
  onUse: (text: string) => void;
  /** Takes focus once a hidden answer is shown (?reveal=1). */
  target: { current: HTMLElement | null };
}

export function SmartResult({ analysis, lang, t, onUse, target }: Props) {
  const colon = t('smart.colon');
  return (
    <div class="smart-analysis" tabIndex={-1} ref={target as never}>
      <p class="smart-score" data-score={analysis.score}>
        {t('smart.score', { score: formatScore(analysis.score, lang) })}
      </p>
      {analysis.lang !== lang && <p class="muted">{t(`smart.detected.${analysis.lang}`)}</p>}

      <h3>{t('smart.highlight.title')}</h3>
      <p class="smart-highlight" lang={analysis.lang}>
        {highlight(analysis).map((run, i): ComponentChildren =>
          run.criteria.length ? (
            <mark key={i} class={`smart-mark smart-mark-${run.criteria[0]}`} data-criteria={run.criteria.join(' ')}>
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
          <CriterionItem key={c.criterion} c={c} t={t} colon={colon} />
        ))}
      </ul>

      <h3>{t('smart.improved.title')}</h3>
      <Rewrite analysis={analysis} t={t} onUse={onUse} />
    </div>
  );
}
