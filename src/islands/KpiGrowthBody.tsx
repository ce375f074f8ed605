/**
 * The added periods of the audience-growth calculator (KpiGrowth.tsx): their fields, then the
 * chart of every point with the overall growth. Loaded when the visitor adds a first period; the
 * periods' texts are kept in KpiGrowth.
 */
import type { Locale } from '../lib/i18n/locales';
import type { Param } from '../lib/kpi/metric';
import { evaluateGrowthSeries } from '../lib/kpi/growth';
import { makeFormatter, makeT, type Strings } from '../lib/kpi/format';
import { BarChart } from './charts/BarChart';
import type { Point } from './KpiGrowth';

interface Props {
  lang: Locale;
  strings: Strings;
  texts: Partial<Record<Param, string>>;
  extra: Point[];
  setExtra: (extra: Point[]) => void;
}

function seriesOf({ lang, strings, texts, extra }: Props) {
  const t = makeT(strings, lang);
  const fmt = makeFormatter(lang);
  const series = evaluateGrowthSeries([texts.start ?? '', texts.end ?? '', ...extra.map((p) => p.text)], lang);
  return { t, fmt, series };
}

/** The fields of the added periods. */
export function GrowthPoints(props: Props) {
  const { extra, setExtra } = props;
  const { t, series } = seriesOf(props);
  const label = (index: number) => t('growth.point', { n: index + 1 });
  return (
    <>
      {extra.map((point, i) => {
        const index = i + 2;
        const field = series.points[index]?.audience;
        const error = field?.state === 'error' ? t(`error.${field.error}`) : '';
        const base = `kpi-growth-${point.key}`;
        return (
          <div class="kpi-row" key={point.key}>
            <div class="kpi-field">
              <label for={base}>{label(index)}</label>
              <input
                id={base}
                name={`point-${index + 1}`}
                type="text"
                inputMode="decimal"
                autoComplete="off"
                value={point.text}
                aria-invalid={error ? 'true' : undefined}
                aria-describedby={error ? `${base}-error` : undefined}
                onInput={(e) => {
                  const text = e.currentTarget.value;
                  setExtra(extra.map((p) => (p.key === point.key ? { ...p, text } : p)));
                }}
              />
              {error && (
                <p class="kpi-error" id={`${base}-error`}>
                  {error}
                </p>
              )}
            </div>
            <button type="button" class="kpi-remove" onClick={() => setExtra(extra.filter((p) => p.key !== point.key))}>
              {t('growth.remove', { n: index + 1 })}
            </button>
          </div>
        );
      })}
    </>
  );
}

/** The chart of every point and the overall growth, once two points are valid. */
export function GrowthChart(props: Props) {
  const { extra } = props;
  const { t, fmt, series } = seriesOf(props);
  const okPoints = series.points.filter((p) => p.audience.state === 'ok');
  const bars = series.points.map((p, index) => ({
    label: t('growth.pointCol') + ` ${index + 1}`,
    value: p.audience.state === 'ok' ? p.audience.value : 0,
    display: p.audience.state === 'ok' ? fmt(p.audience.value, 'count', 'EUR') : t('result.na'),
  }));
  return extra.length > 0 && okPoints.length >= 2 ? (
    <>
      <BarChart
        id="kpi-growth-chart"
        title={t('growth.chart')}
        summary={t('growth.summary', {
          list: bars.map((b) => `${b.label} ${b.display}`).join(', '),
        })}
        bars={bars}
        columns={[t('growth.pointCol'), t('growth.audienceCol')]}
        extra={{
          header: t('growth.growthCol'),
          cells: series.points.map((p) => (p.growth === null ? '—' : fmt(p.growth, 'percent', 'EUR'))),
        }}
      />
      {series.overall !== null && (
        <p>
          <output data-growth="overall" data-value={String(series.overall)}>
            {t('growth.overall', { value: fmt(series.overall, 'percent', 'EUR') })}
          </output>
        </p>
      )}
    </>
  ) : null;
}
