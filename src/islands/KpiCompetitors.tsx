/**
 * Share of voice, competitor by competitor: named rows (add, remove) whose total fills the
 * `competitors` input, and a chart of everyone's share with a table and a text alternative.
 */
import type { Locale } from '../lib/i18n/locales';
import { makeT, type Strings } from '../lib/kpi/format';
import type { Evaluation } from '../lib/kpi/evaluate';
import type { VoiceEvaluation } from '../lib/kpi/competitors';
import { lazyPart } from './lazy';

/**
 * The rows, their sum and the chart (KpiCompetitorsBody.tsx) load with a first row or figures to
 * chart.
 */
const useBody = lazyPart(() => import('./KpiCompetitorsBody'));

/** Adds up the rows (for the calculator, once there are rows): it comes with the rows' code. */
export const useCompetitorsSum = (wanted: boolean) => useBody(wanted)?.evaluateCompetitors;

export interface CompetitorText {
  key: number;
  name: string;
  mentions: string;
}

interface Props {
  lang: Locale;
  strings: Strings;
  rows: CompetitorText[];
  onRows: (rows: CompetitorText[]) => void;
  evaluation: Evaluation;
  voice: VoiceEvaluation | null;
  /** The `competitors` text before any row exists: it seeds the first row. */
  seed: string;
}

export function KpiCompetitors(props: Props) {
  const { lang, strings, rows, onRows, evaluation, seed } = props;
  const t = makeT(strings, lang);
  const nextKey = rows.reduce((max, row) => Math.max(max, row.key), 0) + 1;
  const figures = evaluation.outputs[0]?.value !== null && evaluation.outputs[0]?.value !== undefined;
  const Body = useBody(rows.length > 0 || figures);

  return (
    <fieldset class="kpi-extra">
      <legend>{t('sov.title')}</legend>
      <p>{t('sov.intro')}</p>
      {Body && <Body.CompetitorRows {...props} />}
      <button
        type="button"
        onClick={() => onRows([...rows, { key: nextKey, name: '', mentions: rows.length === 0 ? seed : '' }])}
      >
        {t('sov.add')}
      </button>
      {Body && <Body.CompetitorChart {...props} />}
    </fieldset>
  );
}
