/** Beside the totals: best and worst posts, benchmarks, the weekly chart and the month-to-month comparison. */
import type { Post } from '../../lib/dashboard/rows';
import type { Comparison as MonthComparison, Scope, Week } from '../../lib/dashboard/summary';
import type { KpiId } from '../../lib/kpi/ids';
import type { View } from './view';

export function Ranks({ view, scope }: { view: View; scope: Scope }) {
  const { t, fmtKpi, formatDay } = view;
  if (scope.ranks.length === 0) return null;
  const postLabel = (p: Post) => `${p.title || p.id || `#${p.row}`}${p.day ? ` (${formatDay(p.day)})` : ''}`;
  return (
    <details class="dash-ranks">
      <summary>{t('ranks.title')}</summary>
      <ul>
        {scope.ranks.map((r) => (
          <li key={`${r.kpi}${r.basis ?? ''}`}>
            <strong>{view.kpiLabel(r.kpi, r.basis)}</strong>
            {view.colon}
            {t('ranks.best')} {postLabel(r.best.post)}, {fmtKpi(r.kpi, r.best.value)}
            {view.semicolon}
            {t('ranks.worst')} {postLabel(r.worst.post)}, {fmtKpi(r.kpi, r.worst.value)}
          </li>
        ))}
      </ul>
    </details>
  );
}

export function Benchmarks({ view, scope }: { view: View; scope: Scope }) {
  const { t, engine, lang } = view;
  const benchmarks = scope.network && engine ? engine.benchmarksFor(scope.network) : [];
  if (benchmarks.length === 0) return null;
  return (
    <aside class="dash-bench" aria-label={t('bench.title')}>
      <p>{t('bench.intro')}</p>
      <ul>
        {benchmarks.map((b) => (
          <li key={b.id}>
            {t(`bench.${b.id}`, { value: engine ? engine.formatPercent(b.value, lang) : String(b.value) })}
          </li>
        ))}
      </ul>
    </aside>
  );
}

interface WeekBar {
  label: string;
  value: number;
  display: string;
}

/** Engagements per week: SVG columns (sizes as attributes, no inline style) and the same figures as a table. */
function WeeklyChart({
  title,
  summary,
  bars,
  columns,
}: {
  title: string;
  summary: string;
  bars: WeekBar[];
  columns: [string, string];
}) {
  const max = Math.max(...bars.map((b) => b.value), 1);
  const step = 24;
  const height = 120;
  return (
    <figure class="dash-chart">
      <svg
        role="img"
        aria-labelledby="dash-weekly-svg-title dash-weekly-svg-desc"
        viewBox={`0 0 ${bars.length * step} ${height}`}
        width="100%"
        height={height}
        preserveAspectRatio="none"
      >
        <title id="dash-weekly-svg-title">{title}</title>
        <desc id="dash-weekly-svg-desc">{summary}</desc>
        {bars.map((bar, i) => {
          const h = Math.round((bar.value / max) * (height - 4));
          return (
            <rect key={bar.label} class="bar" x={i * step + 3} y={height - h} width={step - 6} height={h} rx="2" />
          );
        })}
      </svg>
      <div class="dash-table" role="region" aria-label={title} tabIndex={0}>
        <table>
          <thead>
            <tr>
              <th scope="col">{columns[0]}</th>
              <th scope="col">{columns[1]}</th>
            </tr>
          </thead>
          <tbody>
            {bars.map((bar) => (
              <tr key={bar.label}>
                <th scope="row">{bar.label}</th>
                <td>{bar.display}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}

export function Weekly({ view, weeks }: { view: View; weeks: readonly Week[] }) {
  const { t, formatDay, fmtCount } = view;
  if (weeks.length <= 1) return null;
  return (
    <section class="dash-weekly" aria-labelledby="dash-weekly-title">
      <h3 id="dash-weekly-title">{t('weekly.title')}</h3>
      <WeeklyChart
        title={t('weekly.title')}
        summary={t('weekly.summary', {
          list: weeks.map((w) => `${formatDay(w.start)} ${fmtCount(w.engagements)}`).join(', '),
        })}
        bars={weeks.map((w) => ({ label: formatDay(w.start), value: w.engagements, display: fmtCount(w.engagements) }))}
        columns={[t('weekly.column'), t('field.engagements')]}
      />
    </section>
  );
}

/** Change from one month to the next: points for a rate, an amount for a cost. */
function change(view: View, kpi: KpiId, before: number | null, after: number | null): string {
  const { engine, t } = view;
  if (!engine || before === null || after === null) return t('results.na');
  const diff = after - before;
  const sign = diff > 0 ? '+' : diff < 0 ? '−' : '';
  const size = Math.abs(diff);
  return engine.isPercentKpi(kpi)
    ? `${sign}${t('compare.points', { value: engine.formatCount(Math.round(size * 100) / 100, view.lang) })}`
    : `${sign}${view.fmtKpi(kpi, size)}`;
}

export function Comparison({ view, comparison }: { view: View; comparison: MonthComparison | null }) {
  const { t, fmtKpi, monthName } = view;
  if (!comparison) return null;
  const value = (kpi: KpiId, v: number | null | undefined) => (v != null ? fmtKpi(kpi, v) : t('results.na'));
  return (
    <section class="dash-compare" aria-labelledby="dash-compare-title">
      <h3 id="dash-compare-title">{t('compare.title')}</h3>
      <div class="dash-table" role="region" aria-labelledby="dash-compare-title" tabIndex={0}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('results.kpi')}</th>
              <th scope="col">{monthName(comparison.previousMonth)}</th>
              <th scope="col">{monthName(comparison.month)}</th>
              <th scope="col">{t('compare.change')}</th>
            </tr>
          </thead>
          <tbody>
            {comparison.current.totals
              .filter((x) => x.method === 'ratio')
              .map((x) => {
                const before = comparison.previous.totals.find(
                  (y) => y.kpi === x.kpi && y.basis === x.basis && y.method === 'ratio',
                );
                return (
                  <tr key={`${x.kpi}${x.basis ?? ''}`}>
                    <th scope="row">{view.kpiLabel(x.kpi, x.basis)}</th>
                    <td>{value(x.kpi, before?.value)}</td>
                    <td>{value(x.kpi, x.value)}</td>
                    <td>{change(view, x.kpi, before?.value ?? null, x.value)}</td>
                  </tr>
                );
              })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
