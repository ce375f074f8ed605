/**
 * Step 3: the totals, for every network together and per network. Each total is an `<output>`
 * following the calculators' contract (docs/CONTRACT.md, "Dashboard of your exports"); each ratio
 * links to its calculator with the same figures and the costs' currency.
 */
import { useMemo } from 'preact/hooks';
import type { MetricId } from '../../lib/dashboard/fields';
import type { Scope, Total } from '../../lib/dashboard/summary';
import type { KpiId } from '../../lib/kpi/ids';
import { Benchmarks, Comparison, Ranks, Weekly } from './ResultsExtras';
import { KeepStep } from './KeepStep';
import type { DashboardState } from './useDashboard';
import { today } from '../../lib/days';
import type { View } from './view';

interface ScopeProps {
  view: View;
  /** The costs' currency over the files (`mixed`: two of them). */
  currency: DashboardState['currency'];
  scope: Scope;
}

const SUMS: (MetricId | 'engagements')[] = [
  'reach',
  'impressions',
  'engagements',
  'reactions',
  'comments',
  'shares',
  'saves',
  'clicks',
  'conversions',
  'cost',
];

function TotalOutput({ view, scope, total }: { view: View; scope: Scope; total: Total }) {
  const attrs: Record<string, string> = {
    'data-kpi': total.kpi,
    'data-scope': 'total',
    'data-method': total.method,
  };
  if (total.basis && total.kpi === 'engagement-rate') attrs['data-basis'] = total.basis;
  if (scope.network) attrs['data-network'] = scope.network;
  if (total.value !== null) attrs['data-value'] = String(total.value);
  return (
    <output {...attrs}>{total.value === null ? view.t('results.na') : view.fmtKpi(total.kpi, total.value)}</output>
  );
}

/** The link to the calculator with the ratio's figures; none for a cost while its currency is unknown. */
function CalculatorLink({
  view,
  currency: costs,
  total,
  label,
}: {
  view: View;
  currency: DashboardState['currency'];
  total: Total;
  label: string;
}) {
  if (total.value === null || !view.engine) return null;
  const currency = costs === 'mixed' ? null : costs;
  const query = view.engine.calculatorQuery(total.kpi, total.inputs, currency);
  if (query === null) return null;
  const href = `${view.toolsPath}${total.kpi}/?${query}`;
  return (
    <>
      {' '}
      <a href={href} aria-label={view.t('results.openLabel', { kpi: label })}>
        {view.t('results.open')}
      </a>
    </>
  );
}

function KpiRows({ view, currency, scope }: ScopeProps) {
  const keys: string[] = [];
  for (const total of scope.totals) {
    const key = `${total.kpi}|${total.basis ?? ''}`;
    if (!keys.includes(key)) keys.push(key);
  }
  const find = (kpi: KpiId, basis: string, method: string) =>
    scope.totals.find((x) => x.kpi === kpi && (x.basis ?? '') === basis && x.method === method);
  return (
    <tbody>
      {keys.map((key) => {
        const [kpi, basis] = key.split('|') as [KpiId, string];
        const ratio = find(kpi, basis, 'ratio');
        const mean = find(kpi, basis, 'mean');
        const label = view.kpiLabel(kpi, basis || undefined);
        return (
          <tr key={key}>
            <th scope="row">{label}</th>
            <td>
              {ratio ? <TotalOutput view={view} scope={scope} total={ratio} /> : '—'}
              {ratio && <CalculatorLink view={view} currency={currency} total={ratio} label={label} />}
              {ratio && <span class="dash-note"> {view.t('results.onPosts', { count: ratio.posts })}</span>}
            </td>
            <td>
              {mean ? <TotalOutput view={view} scope={scope} total={mean} /> : '—'}
              {mean && <span class="dash-note"> {view.t('results.onPosts', { count: mean.posts })}</span>}
            </td>
          </tr>
        );
      })}
    </tbody>
  );
}

function Sums({ view, scope }: { view: View; scope: Scope }) {
  const { t, fmtCount, fmtKpi } = view;
  return (
    <dl class="dash-sums">
      {SUMS.map((name) => {
        const value = scope.sums[name];
        if (value === undefined) return null;
        return (
          <div key={name}>
            <dt>{t(`field.${name}`)}</dt>
            <dd>{name === 'cost' ? fmtKpi('cpc', value) : fmtCount(value)}</dd>
          </div>
        );
      })}
      {scope.followers !== null && (
        <div>
          <dt>{t('field.followers')}</dt>
          <dd>{fmtCount(scope.followers)}</dd>
        </div>
      )}
    </dl>
  );
}

function ScopeSection(props: ScopeProps) {
  const { view, scope } = props;
  const { t, formatDay } = view;
  const id = `dash-scope-${scope.network ?? 'all'}`;
  return (
    <section class="dash-scope" aria-labelledby={id} data-network={scope.network ?? undefined}>
      <h3 id={id}>{view.networkName(scope.network)}</h3>
      <p>
        {scope.from && scope.to
          ? t('results.period', { posts: scope.posts, from: formatDay(scope.from), to: formatDay(scope.to) })
          : t('results.periodNoDate', { posts: scope.posts })}
      </p>
      <Sums view={view} scope={scope} />
      <div class="dash-table" role="region" aria-labelledby={id} tabIndex={0}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('results.kpi')}</th>
              <th scope="col">{t('results.ratio')}</th>
              <th scope="col">{t('results.mean')}</th>
            </tr>
          </thead>
          <KpiRows {...props} />
        </table>
      </div>
      <Ranks view={view} scope={scope} />
      <Benchmarks view={view} scope={scope} />
    </section>
  );
}

/** Why the costs show no currency: two currencies among the files, or one not said yet. */
function CurrencyNote({
  view,
  scopes,
  currency,
}: {
  view: View;
  scopes: Scope[];
  currency: DashboardState['currency'];
}) {
  const costs = scopes[0]?.sums.cost !== undefined;
  if (!costs || (currency !== null && currency !== 'mixed')) return null;
  return (
    <p class="dash-note" role="status">
      {view.t(currency === 'mixed' ? 'currency.mixed' : 'currency.unknown')}
    </p>
  );
}

export function Results({ view, dash }: { view: View; dash: DashboardState }) {
  const { t } = view;
  const { scopes, weeks, comparison, currency } = dash;
  // The totals, chart and comparison as the same elements until the figures change: a choice in
  // a mapping list (the figures follow from the worker) or a list opened re-renders none of them.
  const figures = useMemo(
    () => (
      <>
        <p class="print-only">
          <strong>{t('report.title')}</strong> {t('report.made', { date: view.formatDay(today()) })}
        </p>
        <p class="dash-note">{t('results.methods')}</p>
        <p class="dash-note">{t('results.engagements')}</p>
        {scopes[0]?.followers != null && (
          <p class="dash-note">{t('results.followersNote', { followers: view.fmtCount(scopes[0].followers) })}</p>
        )}
        <CurrencyNote view={view} scopes={scopes} currency={currency} />
        {scopes.map((scope) => (
          <ScopeSection key={scope.network ?? 'all'} view={view} currency={currency} scope={scope} />
        ))}
        <Weekly view={view} weeks={weeks} />
        <Comparison view={view} comparison={comparison} />
      </>
    ),
    [view, t, scopes, weeks, comparison, currency],
  );
  if (scopes.length === 0) return null;
  return (
    <section class="dash-results" aria-labelledby="dash-results-title" aria-busy={dash.busy ? 'true' : undefined}>
      <h2 id="dash-results-title">{t('results.title')}</h2>
      {figures}
      <KeepStep view={view} dash={dash} />
    </section>
  );
}
