/**
 * The competitor rows of the share-of-voice calculator (KpiCompetitors.tsx) and the chart of
 * everyone's share, with a table and a text alternative. Loaded when the visitor adds a first
 * row, or when there are figures to chart.
 */
import type { Locale } from '../lib/i18n/locales';
import { makeFormatter, makeT, type Strings } from '../lib/kpi/format';
import type { Evaluation } from '../lib/kpi/evaluate';
import { voiceShares, type VoiceEvaluation } from '../lib/kpi/competitors';
import { BarChart } from './charts/BarChart';
import type { CompetitorText } from './KpiCompetitors';

export { evaluateCompetitors } from '../lib/kpi/competitors';

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

function parts({ lang, strings, rows, onRows, evaluation, voice }: Props) {
  const t = makeT(strings, lang);
  const fmt = makeFormatter(lang);
  const nameOf = (row: { name: string }, index: number) => row.name.trim() || t('sov.unnamed', { n: index + 1 });
  const update = (key: number, patch: Partial<CompetitorText>) =>
    onRows(rows.map((row) => (row.key === key ? { ...row, ...patch } : row)));

  const brand = evaluation.fields.brand;
  const ok = evaluation.outputs[0]?.value !== null && evaluation.outputs[0]?.value !== undefined;
  let shares = null;
  if (ok && brand?.state === 'ok') {
    if (voice && voice.total !== null) {
      shares = voiceShares(
        brand.value,
        voice.rows.map((row, index) => ({
          name: nameOf(row, index),
          mentions: row.mentions.state === 'ok' ? row.mentions.value : 0,
        })),
      );
    } else if (!voice) {
      const total = evaluation.fields.competitors;
      if (total?.state === 'ok') {
        shares = voiceShares(brand.value, [{ name: t('sym.competitors'), mentions: total.value }]);
      }
    }
  }
  const bars = (shares ?? []).map((s) => ({
    label: s.brand ? t('sov.brand') : s.name,
    value: s.share,
    display: fmt(s.share, 'percent', 'EUR'),
    strong: s.brand,
  }));

  return { t, rows, onRows, voice, update, nameOf, shares, bars, fmt };
}

/** One row per named competitor, with its mentions. */
export function CompetitorRows(props: Props) {
  const { t, rows, onRows, voice, update, nameOf } = parts(props);
  return (
    <>
      {rows.map((row, index) => {
        const field = voice?.rows[index]?.mentions;
        const error = field?.state === 'error' ? t(`error.${field.error}`) : '';
        const base = `kpi-sov-${row.key}`;
        return (
          <div class="kpi-row" key={row.key}>
            <div class="kpi-field">
              <label for={`${base}-name`}>{t('sov.name', { n: index + 1 })}</label>
              <input
                id={`${base}-name`}
                name={`competitor-name-${index + 1}`}
                type="text"
                autoComplete="off"
                maxLength={60}
                value={row.name}
                onInput={(e) => update(row.key, { name: e.currentTarget.value })}
              />
            </div>
            <div class="kpi-field">
              <label for={`${base}-mentions`}>{t('sov.mentions', { n: index + 1 })}</label>
              <input
                id={`${base}-mentions`}
                name={`competitor-mentions-${index + 1}`}
                type="text"
                inputMode="decimal"
                autoComplete="off"
                value={row.mentions}
                aria-invalid={error ? 'true' : undefined}
                aria-describedby={error ? `${base}-error` : undefined}
                onInput={(e) => update(row.key, { mentions: e.currentTarget.value })}
              />
              {error && (
                <p class="kpi-error" id={`${base}-error`}>
                  {error}
                </p>
              )}
            </div>
            <button type="button" class="kpi-remove" onClick={() => onRows(rows.filter((r) => r.key !== row.key))}>
              {t('sov.remove', { name: nameOf(row, index) })}
            </button>
          </div>
        );
      })}
    </>
  );
}

/** Everyone's share of voice, once there are figures. */
export function CompetitorChart(props: Props) {
  const { t, shares, bars, fmt } = parts(props);
  return shares ? (
    <BarChart
      id="kpi-sov-chart"
      title={t('sov.chart')}
      summary={t('sov.summary', {
        list: bars.map((b) => `${b.label} ${b.display}`).join(', '),
      })}
      bars={bars}
      columns={[t('sov.who'), t('sov.shareCol')]}
      extra={{
        header: t('sov.mentionsCol'),
        cells: shares.map((s) => fmt(s.mentions, 'count', 'EUR')),
      }}
    />
  ) : null;
}
