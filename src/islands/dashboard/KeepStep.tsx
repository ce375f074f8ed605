/** Step 4: keep the figures — the summary as CSV or XLSX, the printed one-page report, the save in this browser. */
import type { KpiId } from '../../lib/kpi/ids';
import type { DashboardState } from './useDashboard';
import { today } from '../../lib/days';
import { download, type View } from './view';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The summary's rows, with the page's words (src/lib/dashboard/export.ts writes and defuses them). */
function exportRows(view: View, dash: DashboardState): (string | number)[][] {
  const { t, engine } = view;
  if (!engine) return [];
  return engine.summaryRows(dash.scopes, {
    header: [
      t('export.scope'),
      t('results.kpi'),
      t('export.base'),
      t('export.method'),
      t('export.value'),
      t('results.onPosts', { count: '' }).trim(),
    ],
    scope: (s) => view.networkName(s.network),
    kpi: (k) => view.kpiName(k as KpiId),
    basis: (b) => view.basisName(b),
    method: (m) => t(`results.${m}`),
    sum: (name) => t(`field.${name}`),
    sumsMethod: t('results.sums'),
  });
}

export function KeepStep({ view, dash }: { view: View; dash: DashboardState }) {
  const { t, engine } = view;
  const exportCsv = () => {
    if (!engine) return;
    download(`dashboard-${today()}.csv`, 'text/csv;charset=utf-8', engine.toCsv(exportRows(view, dash), view.lang));
  };
  const exportXlsx = async () => {
    if (!engine) return;
    try {
      const bytes = await engine.xlsxInBrowser({ name: t('results.title'), rows: exportRows(view, dash) });
      download(`dashboard-${today()}.xlsx`, XLSX_TYPE, bytes);
    } catch {
      dash.setLoadError(true);
    }
  };
  const message = dash.saveMessage;
  return (
    <section class="dash-keep no-print" aria-labelledby="dash-keep-title">
      <h3 id="dash-keep-title">{t('export.title')}</h3>
      <p class="dash-actions">
        <button type="button" onClick={exportCsv}>
          {t('export.csv')}
        </button>
        <button type="button" onClick={() => void exportXlsx()}>
          {t('export.xlsx')}
        </button>
        <button type="button" onClick={() => window.print()}>
          {t('export.print')}
        </button>
        <button type="button" class="secondary" onClick={dash.save}>
          {t('save.button')}
        </button>
        {dash.stored?.kind === 'ok' && (
          <button type="button" class="secondary" onClick={dash.deleteSaved}>
            {t('save.delete')}
          </button>
        )}
      </p>
      <p role="status">{message ? t(message.key, message.date ? { date: view.formatDay(message.date) } : {}) : ''}</p>
    </section>
  );
}
