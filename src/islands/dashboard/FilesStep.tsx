/** Step 1: the file picker and drop zone, and the save found in this browser (to reopen or recover). */
import { useState } from 'preact/hooks';
import type { DashboardState } from './useDashboard';
import { today } from '../../lib/days';
import { dayOfSave, download, type View } from './view';

const ACCEPT =
  '.csv,.tsv,.txt,.xlsx,.xls,.zip,text/csv,text/tab-separated-values,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function StoredNotice({ view, dash }: { view: View; dash: DashboardState }) {
  const { t, formatDay } = view;
  const { stored } = dash;
  if (stored?.kind === 'ok' && dash.files.length === 0) {
    return (
      <p>
        {t('save.restore', { date: formatDay(dayOfSave(stored.state.savedAt)) })}{' '}
        <button type="button" onClick={() => dash.restore(stored.state)}>
          {t('save.open')}
        </button>
      </p>
    );
  }
  if (stored?.kind === 'newer') return <p role="status">{t('save.newer')}</p>;
  if (stored?.kind === 'set-aside') {
    const name = `dashboard-saved-${today()}.txt`;
    return (
      <p role="status">
        {t('save.setAside', { key: stored.key })}{' '}
        <button type="button" class="secondary" onClick={() => download(name, 'text/plain;charset=utf-8', stored.raw)}>
          {t('save.download')}
        </button>
      </p>
    );
  }
  return null;
}

export function FilesStep({ view, dash }: { view: View; dash: DashboardState }) {
  const { t } = view;
  const [dragging, setDragging] = useState(false);
  return (
    <section class="dash-pick no-print" aria-labelledby="dash-pick-title">
      <h2 id="dash-pick-title">{t('pick.title')}</h2>
      <div
        class={dragging ? 'dash-drop dash-drop-over' : 'dash-drop'}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(event) => {
          event.preventDefault();
          setDragging(false);
          dash.addFiles(event.dataTransfer?.files ?? null);
        }}
      >
        <label for="dash-files">{t('pick.label')}</label>
        <input
          id="dash-files"
          type="file"
          multiple
          accept={ACCEPT}
          onChange={(event) => {
            dash.addFiles(event.currentTarget.files);
            event.currentTarget.value = '';
          }}
        />
        <p class="dash-note">{t('pick.drop')}</p>
      </div>
      <p>{t('pick.private')}</p>
      {dash.loadError && (
        <p role="alert" class="dash-error">
          {t('error.load')}
        </p>
      )}
      <StoredNotice view={view} dash={dash} />
    </section>
  );
}
