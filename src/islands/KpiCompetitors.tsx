/**
 * Share of voice, competitor by competitor: named rows (add, remove) whose total fills the
 * `competitors` input, and a chart of everyone's share with a table and a text alternative.
 */
import type { Locale } from '../lib/i18n/locales';
import { makeFormatter, makeT, type Strings } from '../lib/kpi/format';
import type { Evaluation } from '../lib/kpi/evaluate';
import { voiceShares, type VoiceEvaluation } from '../lib/kpi/competitors';
import { BarChart } from './charts/BarChart';

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

export function KpiCompetitors({ lang, strings, rows, onRows, evaluation, voice, seed }: Props) {
  const t = makeT(strings, lang);
  const fmt = makeFormatter(lang);
  const nextKey = rows.reduce((max, row) => Math.max(max, row.key), 0) + 1;
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

  return (
    <fieldset class="kpi-extra">
      <legend>{t('sov.title')}</legend>
      <p>{t('sov.intro')}</p>
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
      <button
        type="button"
        onClick={() => onRows([...rows, { key: nextKey, name: '', mentions: rows.length === 0 ? seed : '' }])}
      >
        {t('sov.add')}
      </button>
      {shares && (
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
      )}
    </fieldset>
  );
}
