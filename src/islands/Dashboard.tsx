/**
 * The dashboard of the visitor's exports: the state is in ./dashboard/useDashboard.ts, each step
 * is a component of ./dashboard (files, mapping, results, keeping). The page loads the picker
 * only: reading, mapping, totals, export and saving (src/lib/dashboard) and the components of the
 * later steps (./dashboard/steps.ts) are loaded when the first file is chosen (or a saved
 * dashboard is opened); the files themselves are read in a worker.
 */
import { useMemo } from 'preact/hooks';
import { FileStatus } from './dashboard/FileStatus';
import { FilesStep } from './dashboard/FilesStep';
import { useDashboard } from './dashboard/useDashboard';
import { makeView, type Lang, type Strings } from './dashboard/view';

export interface DashboardProps {
  lang: Lang;
  /** UI strings, `dashboard.` prefix removed. */
  strings: Strings;
  /** KPI names (`kpi.{id}.name`) and basis labels (`kpi.basis.*`), by full key. */
  kpiStrings: Strings;
  /** The calculators' paths: `/fr/tools/` */
  toolsPath: string;
}

export default function Dashboard({ lang, strings, kpiStrings, toolsPath }: DashboardProps) {
  const dash = useDashboard();
  const currency = dash.currency === 'mixed' ? null : dash.currency;
  // The same view while its inputs are the same, so that the totals (./dashboard/Results.tsx) can
  // keep their rendered elements when only a mapping or a list's state changes.
  const view = useMemo(
    () => makeView({ lang, strings, kpiStrings, toolsPath }, dash.engine, currency),
    [lang, strings, kpiStrings, toolsPath, dash.engine, currency],
  );
  return (
    <div class="dash">
      <FilesStep view={view} dash={dash} />
      {dash.files.length > 0 && (
        <ul class="dash-files no-print">
          {dash.files.map((f) =>
            dash.steps && (f.status === 'ready' || f.status === 'saved') ? (
              <dash.steps.FileBody key={f.key} view={view} dash={dash} file={f} />
            ) : (
              <FileStatus key={f.key} view={view} dash={dash} file={f} />
            ),
          )}
        </ul>
      )}
      {dash.steps && <dash.steps.Results view={view} dash={dash} />}
      {/* Always there, so that its text is announced (politely) when long work starts; empty otherwise. */}
      <p class="dash-working no-print" role="status">
        {dash.working ? view.t(`working.${dash.working}`) : ''}
      </p>
    </div>
  );
}
