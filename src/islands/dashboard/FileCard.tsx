/**
 * One file once read (loaded with the engine, not with the page): what was found in it, its
 * questions, mapping and left-out rows. While it is read, or when it cannot be, ./FileStatus.tsx.
 */
import type { ReadingView as Reading } from '../../lib/dashboard/figures';
import type { Problem } from '../../lib/dashboard/rows';
import { RemoveButton } from './FileStatus';
import { CurrencyQuestion, DateQuestion, MappingStep } from './MappingStep';
import type { DashboardState, FileEntry } from './useDashboard';
import type { View } from './view';

interface Props {
  view: View;
  dash: DashboardState;
  file: FileEntry;
}

function problemText(view: View, p: Problem): string {
  const vars = { column: p.column ?? '', cell: p.cell ?? '', of: p.of ?? '' };
  if (p.kind === 'number') {
    return view.t(
      p.reason === 'notWhole' || p.reason === 'negative' ? `problems.${p.reason}` : 'problems.number',
      vars,
    );
  }
  return view.t(`problems.${p.kind}`, vars);
}

function Problems({ view, file: f, reading }: Props & { reading: Reading | undefined }) {
  const { t } = view;
  const problems = reading?.problems ?? [];
  if (problems.length === 0) return null;
  return (
    <details class="dash-problems" open>
      <summary>{problems.length === 1 ? t('problems.one') : t('problems.title', { count: problems.length })}</summary>
      <p>{t('problems.hint')}</p>
      <ul>
        {problems.slice(0, 200).map((p) => (
          <li key={`${p.row}-${p.kind}`} data-problem={p.kind} data-row={p.row}>
            {t('problems.row', { row: p.row, name: f.name })}
            {view.colon}
            {problemText(view, p)}
          </li>
        ))}
      </ul>
    </details>
  );
}

/** What was read: rows, encoding, delimiter (and where reading stopped). */
function TableSummary({ view, file: f }: Props) {
  const { t, lang, fmtCount } = view;
  const { table, layout } = f;
  if (!table) return null;
  const delimiter =
    table.delimiter === '\t'
      ? 'tab'
      : table.delimiter === 'xlsx'
        ? '—'
        : lang === 'fr'
          ? `«\u00a0${table.delimiter}\u00a0»`
          : `"${table.delimiter}"`;
  return (
    <p>
      {t('file.summary', {
        name: f.name,
        rows: fmtCount(table.rows.length - (layout?.headerRow ?? 0) - 1),
        encoding: table.encoding === 'xlsx' ? 'XLSX' : table.encoding.toUpperCase(),
        delimiter,
      })}
      {table.truncated && ` ${t('file.truncated', { max: fmtCount(view.engine?.MAX_ROWS ?? 0) })}`}
    </p>
  );
}

/** A file read (or reopened from the save): what was found, its questions, its mapping and its left-out rows. */
export function FileBody(props: Props) {
  const { view, dash, file: f } = props;
  const { t } = view;
  const reading = dash.readings.get(f.key);
  const headingId = `dash-file-${f.key}`;
  return (
    <li class="dash-file" aria-labelledby={headingId} aria-busy={dash.busy ? 'true' : undefined}>
      <h3 id={headingId}>{f.name}</h3>
      <TableSummary {...props} />
      {f.layout?.preset && <p>{t('file.preset', { preset: t(`preset.${f.layout.preset.id}`) })}</p>}
      {f.remembered && <p>{t('map.remembered')}</p>}
      {reading?.noMetric && (
        <p role="alert" class="dash-error">
          {t('error.noMetric', { name: f.name })}
        </p>
      )}
      {!f.sure && !reading?.noMetric && <p>{t('file.unsure')}</p>}
      <DateQuestion {...props} reading={reading} />
      {reading && reading.dateShapes.length > 1 && <p>{t('dates.mixed', { name: f.name })}</p>}
      <CurrencyQuestion {...props} reading={reading} />
      <MappingStep {...props} reading={reading} />
      <Problems {...props} reading={reading} />
      <RemoveButton view={view} dash={dash} file={f} />
    </li>
  );
}
