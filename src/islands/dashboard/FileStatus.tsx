/** A chosen file while it is read, or when it cannot be (part of the page: shown even if the engine fails to load). */
import type { DashboardState, FileEntry } from './useDashboard';
import type { View } from './view';

const MB = 1024 * 1024;

interface Props {
  view: View;
  dash: DashboardState;
  file: FileEntry;
}

export function RemoveButton({ view, dash, file: f }: Props) {
  return (
    <button type="button" class="secondary" onClick={() => dash.remove(f.key)}>
      {view.t('pick.remove', { name: f.name })}
    </button>
  );
}

export function FileStatus(props: Props) {
  const { view, file: f } = props;
  const { t, engine } = view;
  if (f.status !== 'error') {
    return (
      <li class="dash-file" aria-busy="true">
        <p role="status">{t('pick.reading', { name: f.name })}</p>
      </li>
    );
  }
  const error =
    f.error === 'load'
      ? t('error.load')
      : t(`error.${f.error}`, { name: f.name, max: engine ? engine.MAX_FILE_BYTES / MB : 20 });
  return (
    <li class="dash-file dash-error">
      <p role="alert">{error}</p>
      <RemoveButton {...props} />
    </li>
  );
}
