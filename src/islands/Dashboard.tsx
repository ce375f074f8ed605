/* eslint-disable max-lines, max-lines-per-function -- not split yet: the dashboard's first version keeps its steps (files, mapping, dates, views, save, report) in one island; its logic is in src/lib/dashboard. Splitting it into a hook and one component per step is open work (docs/ARCHITECTURE.md, "The dashboard of exports"). */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { FieldId, MetricId, NetworkId } from '../lib/dashboard/fields';
import type { ReadFailure, Table } from '../lib/dashboard/read';
import type { Layout, Mapping, Post, Problem, Reading } from '../lib/dashboard/rows';
import type { Scope, Total } from '../lib/dashboard/summary';
import type { LoadResult, SavedDashboard } from '../lib/dashboard/storage';
import type { KpiId } from '../lib/kpi/ids';

/**
 * The dashboard of the visitor's exports: state and rendering only. Reading, mapping, totals,
 * export and saving are in src/lib/dashboard, loaded as one chunk when the first file is chosen
 * (or a saved dashboard is opened); the files themselves are read in a worker.
 */
type Engine = typeof import('../lib/dashboard/engine');
type Strings = Record<string, string>;

export interface DashboardProps {
  lang: 'fr' | 'en';
  /** UI strings, `dashboard.` prefix removed. */
  strings: Strings;
  /** KPI names (`kpi.{id}.name`) and basis labels (`kpi.basis.*`), by full key. */
  kpiStrings: Strings;
  /** The calculators' paths: `/fr/tools/` */
  toolsPath: string;
}

interface FileEntry {
  key: number;
  name: string;
  status: 'reading' | 'error' | 'ready' | 'saved';
  error?: ReadFailure | 'load';
  table?: Table;
  layout?: Layout;
  mapping?: Mapping;
  sure?: boolean;
  remembered?: boolean;
  /** The visitor opened or closed the list of columns (default: open when unsure). */
  mapOpen?: boolean;
  /** Posts and problems of a dashboard reopened from the save (no table). */
  saved?: { posts: Post[]; problems: Problem[] };
}

const MB = 1024 * 1024;

/**
 * Downloads a file made in the page. (The audit has the same few lines; importing them from its
 * store, or the calculators' BarChart, would split shared chunks and grow their pages' budgets.)
 */
function download(name: string, type: string, content: string | ArrayBuffer): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
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
let nextKey = 0;

function interpolate(text: string, vars: Record<string, string | number> = {}): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

function localStore(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

export default function Dashboard({ lang, strings, kpiStrings, toolsPath }: DashboardProps) {
  const t = (key: string, vars?: Record<string, string | number>) => interpolate(strings[key] ?? key, vars);
  const [engine, setEngine] = useState<Engine | null>(null);
  const [files, setFiles] = useState<FileEntry[]>([]);
  const [loadError, setLoadError] = useState(false);
  const [dragging, setDragging] = useState(false);
  const [stored, setStored] = useState<LoadResult | null>(null);
  const [saveMessage, setSaveMessage] = useState('');
  const [layouts, setLayouts] = useState<Record<string, Mapping>>({});
  const inputRef = useRef<HTMLInputElement>(null);
  const enginePromise = useRef<Promise<Engine> | null>(null);

  const loadEngine = (): Promise<Engine> => {
    enginePromise.current ??= import('../lib/dashboard/engine').then(
      (e) => {
        setEngine(e);
        return e;
      },
      (error: unknown) => {
        enginePromise.current = null;
        throw error;
      },
    );
    return enginePromise.current;
  };

  // A saved dashboard is only looked for: the storage module is tiny, but it comes with the engine.
  useEffect(() => {
    if (!localStore()?.getItem('smm-dashboard')) return;
    loadEngine().then(
      (e) => {
        const result = e.loadDashboard(localStore());
        setStored(result);
        if (result.kind === 'ok') setLayouts(result.state.layouts);
      },
      () => setLoadError(true),
    );
  }, []);

  const update = (key: number, change: Partial<FileEntry>) =>
    setFiles((list) => list.map((f) => (f.key === key ? { ...f, ...change } : f)));

  const addFiles = (list: FileList | File[] | null) => {
    if (!list) return;
    for (const file of Array.from(list)) {
      const key = ++nextKey;
      setFiles((all) => [...all, { key, name: file.name, status: 'reading' }]);
      void (async () => {
        let e: Engine;
        try {
          e = await loadEngine();
        } catch {
          setLoadError(true);
          update(key, { status: 'error', error: 'load' });
          return;
        }
        if (file.size > e.MAX_FILE_BYTES) {
          update(key, { status: 'error', error: 'tooBig' });
          return;
        }
        try {
          const result = await e.readInBrowser(file.name, await file.arrayBuffer());
          if (!result.ok) {
            update(key, { status: 'error', error: result.reason });
            return;
          }
          const layout = e.findLayout(result.table.rows, result.table.delimiter);
          const known = layouts[layout.key];
          const mapping = known && known.columns.length === layout.headers.length ? known : e.proposedMapping(layout);
          update(key, {
            status: 'ready',
            table: result.table,
            layout,
            mapping,
            sure: Boolean(known) || e.isSure(layout),
            remembered: Boolean(known),
          });
        } catch {
          update(key, { status: 'error', error: 'load' });
        }
      })();
    }
  };

  const setMapping = (entry: FileEntry, change: Partial<Mapping>) => {
    if (!entry.mapping || !entry.layout) return;
    const mapping = { ...entry.mapping, ...change };
    const layoutKey = entry.layout.key;
    update(entry.key, { mapping });
    setLayouts((all) => ({ ...all, [layoutKey]: mapping }));
  };

  const readings = useMemo(() => {
    const out = new Map<number, Reading>();
    if (!engine) return out;
    const day = today();
    for (const f of files) {
      if (f.status === 'ready' && f.table && f.layout && f.mapping) {
        out.set(f.key, engine.readRows(f.table.rows, f.layout, f.mapping, day));
      } else if (f.status === 'saved' && f.saved) {
        out.set(f.key, {
          posts: f.saved.posts,
          problems: f.saved.problems,
          askDateOrder: null,
          waiting: false,
          dateShapes: [],
          noMetric: false,
        });
      }
    }
    return out;
  }, [engine, files]);

  const posts = useMemo(() => [...readings.values()].flatMap((r) => r.posts), [readings]);
  const scopes = useMemo(
    () => (engine && posts.length ? engine.summariseAll(posts, engine.networkIds) : []),
    [engine, posts],
  );
  const weeks = useMemo(() => (engine ? engine.weekly(posts) : []), [engine, posts]);
  const comparison = useMemo(() => (engine ? engine.compareMonths(posts) : null), [engine, posts]);

  if (!engine && files.length === 0 && !stored) {
    // Nothing chosen yet: the picker only (the engine is not loaded).
  }

  const currency = 'EUR';
  const kpiName = (kpi: KpiId) => kpiStrings[`kpi.${kpi}.name`] ?? kpi;
  const basisName = (basis?: string) => (basis ? (kpiStrings[`kpi.basis.${basis}`] ?? basis) : '');
  const networkName = (n: NetworkId | null) => (n ? t(`network.${n}`) : t('results.all'));
  const formatDay = (day: string) => {
    const [y, m, d] = day.split('-');
    return lang === 'fr' ? `${d}/${m}/${y}` : day;
  };
  const fmtCount = (n: number) => (engine ? engine.formatCount(n, lang) : String(n));
  const fmtKpi = (kpi: KpiId, value: number) => (engine ? engine.formatKpi(kpi, value, lang, currency) : String(value));

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    addFiles(event.dataTransfer?.files ?? null);
  };

  const save = () => {
    if (!engine) return;
    const saved = files.flatMap((f) => {
      const reading = readings.get(f.key);
      return reading ? [{ name: f.name, posts: reading.posts, problems: reading.problems }] : [];
    });
    const state = engine.makeSaved(saved, layouts, new Date());
    const ok = engine.saveDashboard(localStore(), state);
    setSaveMessage(ok ? t('save.saved', { date: formatDay(state.savedAt.slice(0, 10)) }) : t('save.failed'));
    if (ok) setStored({ kind: 'ok', state });
  };

  const restore = (state: SavedDashboard) => {
    setFiles(
      state.files.map((f) => ({
        key: ++nextKey,
        name: f.name,
        status: 'saved',
        saved: { posts: f.posts, problems: f.problems },
      })),
    );
  };

  const exportRows = () => {
    if (!engine) return [];
    return engine.summaryRows(scopes, {
      header: [
        t('export.scope'),
        t('results.kpi'),
        t('export.base'),
        t('export.method'),
        t('export.value'),
        t('results.onPosts', { count: '' }).trim(),
      ],
      scope: (s) => networkName(s.network),
      kpi: (k) => kpiName(k as KpiId),
      basis: (b) => basisName(b),
      method: (m) => t(`results.${m}`),
      sum: (name) => t(`field.${name}`),
      sumsMethod: t('results.sums'),
    });
  };

  const stamp = () => new Date().toISOString().slice(0, 10);

  const exportCsv = () => {
    if (!engine) return;
    download(`dashboard-${stamp()}.csv`, 'text/csv;charset=utf-8', engine.toCsv(exportRows(), lang));
  };

  const exportXlsx = async () => {
    if (!engine) return;
    try {
      const bytes = await engine.xlsxInBrowser({ name: t('results.title'), rows: exportRows() });
      download(`dashboard-${stamp()}.xlsx`, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', bytes);
    } catch {
      setLoadError(true);
    }
  };

  const problemText = (p: Problem) => {
    const vars = { column: p.column ?? '', cell: p.cell ?? '', of: p.of ?? '' };
    if (p.kind === 'number')
      return t(p.reason === 'notWhole' || p.reason === 'negative' ? `problems.${p.reason}` : 'problems.number', vars);
    return t(`problems.${p.kind}`, vars);
  };

  const output = (scope: Scope, total: Total) => {
    const attrs: Record<string, string> = {
      'data-kpi': total.kpi,
      'data-scope': 'total',
      'data-method': total.method,
    };
    if (total.basis && total.kpi === 'engagement-rate') attrs['data-basis'] = total.basis;
    if (scope.network) attrs['data-network'] = scope.network;
    if (total.value !== null) attrs['data-value'] = String(total.value);
    return <output {...attrs}>{total.value === null ? t('results.na') : fmtKpi(total.kpi, total.value)}</output>;
  };

  const kpiRows = (scope: Scope) => {
    const keys: string[] = [];
    for (const total of scope.totals) {
      const key = `${total.kpi}|${total.basis ?? ''}`;
      if (!keys.includes(key)) keys.push(key);
    }
    return keys.map((key) => {
      const [kpi, basis] = key.split('|') as [KpiId, string];
      const ratio = scope.totals.find((x) => x.kpi === kpi && (x.basis ?? '') === basis && x.method === 'ratio');
      const mean = scope.totals.find((x) => x.kpi === kpi && (x.basis ?? '') === basis && x.method === 'mean');
      const label = basis ? `${kpiName(kpi)} · ${basisName(basis).toLowerCase()}` : kpiName(kpi);
      return (
        <tr key={key}>
          <th scope="row">{label}</th>
          <td>
            {ratio ? output(scope, ratio) : '—'}
            {ratio && ratio.value !== null && engine && (
              <>
                {' '}
                <a
                  href={`${toolsPath}${kpi}/?${engine.calculatorQuery(kpi, ratio.inputs, currency)}`}
                  aria-label={t('results.openLabel', { kpi: label })}
                >
                  {t('results.open')}
                </a>
              </>
            )}
            {ratio && <span class="dash-note"> {t('results.onPosts', { count: ratio.posts })}</span>}
          </td>
          <td>
            {mean ? output(scope, mean) : '—'}
            {mean && <span class="dash-note"> {t('results.onPosts', { count: mean.posts })}</span>}
          </td>
        </tr>
      );
    });
  };

  const sumsList = (scope: Scope) => {
    const order: (MetricId | 'engagements')[] = [
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
    return (
      <dl class="dash-sums">
        {order.map((name) => {
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
  };

  const postLabel = (p: Post) => `${p.title || p.id || `#${p.row}`}${p.day ? ` (${formatDay(p.day)})` : ''}`;

  const scopeSection = (scope: Scope, index: number) => {
    const id = `dash-scope-${scope.network ?? 'all'}`;
    const benchmarks = scope.network && engine ? engine.benchmarksFor(scope.network) : [];
    return (
      <section
        class="dash-scope"
        aria-labelledby={id}
        key={scope.network ?? 'all'}
        data-network={scope.network ?? undefined}
      >
        {index === 0 ? <h3 id={id}>{networkName(scope.network)}</h3> : <h3 id={id}>{networkName(scope.network)}</h3>}
        <p>
          {scope.from && scope.to
            ? t('results.period', { posts: scope.posts, from: formatDay(scope.from), to: formatDay(scope.to) })
            : t('results.periodNoDate', { posts: scope.posts })}
        </p>
        {sumsList(scope)}
        <div class="dash-table" role="region" aria-labelledby={id} tabIndex={0}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('results.kpi')}</th>
                <th scope="col">{t('results.ratio')}</th>
                <th scope="col">{t('results.mean')}</th>
              </tr>
            </thead>
            <tbody>{kpiRows(scope)}</tbody>
          </table>
        </div>
        {scope.ranks.length > 0 && (
          <details class="dash-ranks">
            <summary>{t('ranks.title')}</summary>
            <ul>
              {scope.ranks.map((r) => {
                const label = r.basis ? `${kpiName(r.kpi)} · ${basisName(r.basis).toLowerCase()}` : kpiName(r.kpi);
                return (
                  <li key={`${r.kpi}${r.basis ?? ''}`}>
                    <strong>{label}</strong>
                    {lang === 'fr' ? '\u00a0: ' : ': '}
                    {t('ranks.best')} {postLabel(r.best.post)}, {fmtKpi(r.kpi, r.best.value)}
                    {lang === 'fr' ? '\u00a0; ' : '; '}
                    {t('ranks.worst')} {postLabel(r.worst.post)}, {fmtKpi(r.kpi, r.worst.value)}
                  </li>
                );
              })}
            </ul>
          </details>
        )}
        {benchmarks.length > 0 && (
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
        )}
      </section>
    );
  };

  const fieldOptions: (FieldId | null)[] = engine ? [null, ...engine.fieldIds] : [];

  const fileCard = (f: FileEntry) => {
    const reading = readings.get(f.key);
    const headingId = `dash-file-${f.key}`;
    if (f.status === 'reading') {
      return (
        <li key={f.key} class="dash-file">
          <p role="status">{t('pick.reading', { name: f.name })}</p>
        </li>
      );
    }
    if (f.status === 'error') {
      const error =
        f.error === 'load'
          ? t('error.load')
          : t(`error.${f.error}`, { name: f.name, max: engine ? engine.MAX_FILE_BYTES / MB : 20 });
      return (
        <li key={f.key} class="dash-file dash-error">
          <p role="alert">{error}</p>
          <button type="button" class="secondary" onClick={() => setFiles((all) => all.filter((x) => x.key !== f.key))}>
            {t('pick.remove', { name: f.name })}
          </button>
        </li>
      );
    }
    const table = f.table;
    const layout = f.layout;
    const mapping = f.mapping;
    const sample = table && layout ? (table.rows[layout.headerRow + 1] ?? []) : [];
    const dateCol = mapping ? mapping.columns.indexOf('date') : -1;
    const dateExample =
      table && layout && dateCol >= 0
        ? (table.rows
            .slice(layout.headerRow + 1)
            .find((r) => engine?.readDateCell(r[dateCol] ?? '')?.shape === 'slash')?.[dateCol] ?? '')
        : '';
    const problems = reading?.problems ?? [];
    const mapOpen = f.mapOpen ?? (!f.sure || Boolean(reading?.noMetric));
    return (
      <li key={f.key} class="dash-file" aria-labelledby={headingId}>
        <h3 id={headingId}>{f.name}</h3>
        {table && (
          <p>
            {t('file.summary', {
              name: f.name,
              rows: fmtCount(table.rows.length - (layout?.headerRow ?? 0) - 1),
              encoding: table.encoding === 'xlsx' ? 'XLSX' : table.encoding.toUpperCase(),
              delimiter:
                table.delimiter === '\t'
                  ? 'tab'
                  : table.delimiter === 'xlsx'
                    ? '—'
                    : lang === 'fr'
                      ? `«\u00a0${table.delimiter}\u00a0»`
                      : `"${table.delimiter}"`,
            })}
            {table.truncated && ` ${t('file.truncated', { max: fmtCount(engine?.MAX_ROWS ?? 0) })}`}
          </p>
        )}
        {layout?.preset && <p>{t('file.preset', { preset: t(`preset.${layout.preset.id}`) })}</p>}
        {f.remembered && <p>{t('map.remembered')}</p>}
        {reading?.noMetric && (
          <p role="alert" class="dash-error">
            {t('error.noMetric', { name: f.name })}
          </p>
        )}
        {!f.sure && !reading?.noMetric && <p>{t('file.unsure')}</p>}
        {reading?.askDateOrder && mapping && (
          <fieldset class="dash-dates" role="group">
            <legend>
              {reading.askDateOrder === 'conflict'
                ? t('dates.conflict', { name: f.name })
                : t('dates.question', { name: f.name, example: dateExample })}
            </legend>
            {(['dmy', 'mdy'] as const).map((order) => (
              <label class="choice" key={order}>
                <input
                  type="radio"
                  name={`dash-order-${f.key}`}
                  value={order}
                  checked={mapping.dateOrder === order}
                  onChange={() => setMapping(f, { dateOrder: order })}
                />{' '}
                {t(`dates.${order}`)}
              </label>
            ))}
          </fieldset>
        )}
        {reading && reading.dateShapes.length > 1 && <p>{t('dates.mixed', { name: f.name })}</p>}
        {layout && mapping && (
          <details
            class="dash-map"
            open={mapOpen}
            onToggle={(event) => {
              const open = event.currentTarget.open;
              if (open !== mapOpen) update(f.key, { mapOpen: open });
            }}
          >
            <summary>{t('map.title', { name: f.name })}</summary>
            {/* Rendered only when open: a file of 30 columns is 30 lists of 15 choices. */}
            {mapOpen && (
              <>
                <div class="dash-table" role="region" aria-label={t('map.title', { name: f.name })} tabIndex={0}>
                  <table>
                    <thead>
                      <tr>
                        <th scope="col">{t('map.column')}</th>
                        <th scope="col">{t('map.example')}</th>
                        <th scope="col">{t('map.field')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {layout.headers.map((header, i) => {
                        const selectId = `dash-map-${f.key}-${i}`;
                        const certainty = layout.detected[i]?.certainty;
                        const changed = mapping.columns[i] !== layout.detected[i]?.field;
                        return (
                          <tr key={i}>
                            <th scope="row">
                              <label for={selectId}>{header || `#${i + 1}`}</label>
                            </th>
                            <td class="dash-sample">{(sample[i] ?? '').slice(0, 40)}</td>
                            <td>
                              <select
                                id={selectId}
                                value={mapping.columns[i] ?? ''}
                                onChange={(event) => {
                                  const value = (event.currentTarget.value || null) as FieldId | null;
                                  const columns = mapping.columns.map((c, j) =>
                                    j === i ? value : c === value && value !== null ? null : c,
                                  );
                                  setMapping(f, { columns });
                                }}
                              >
                                {fieldOptions.map((field) => (
                                  <option key={field ?? ''} value={field ?? ''}>
                                    {field ? t(`field.${field}`) : t('map.ignore')}
                                  </option>
                                ))}
                              </select>
                              {certainty && !changed && (
                                <span class="dash-note"> {t(`map.certainty.${certainty}`)}</span>
                              )}
                            </td>
                          </tr>
                        );
                      })}
                    </tbody>
                  </table>
                </div>
                {!mapping.columns.includes('network') && (
                  <p>
                    <label for={`dash-net-${f.key}`}>{t('map.network')}</label>{' '}
                    <select
                      id={`dash-net-${f.key}`}
                      value={mapping.network}
                      onChange={(event) => setMapping(f, { network: event.currentTarget.value as NetworkId })}
                    >
                      {engine?.networkIds.map((n) => (
                        <option key={n} value={n}>
                          {t(`network.${n}`)}
                        </option>
                      ))}
                    </select>
                  </p>
                )}
                {!f.sure && (
                  <button type="button" onClick={() => update(f.key, { sure: true })}>
                    {t('map.apply')}
                  </button>
                )}
              </>
            )}
          </details>
        )}
        {problems.length > 0 && (
          <details class="dash-problems" open>
            <summary>
              {problems.length === 1 ? t('problems.one') : t('problems.title', { count: problems.length })}
            </summary>
            <p>{t('problems.hint')}</p>
            <ul>
              {problems.slice(0, 200).map((p) => (
                <li key={`${p.row}-${p.kind}`} data-problem={p.kind} data-row={p.row}>
                  {t('problems.row', { row: p.row, name: f.name })}
                  {lang === 'fr' ? '\u00a0: ' : ': '}
                  {problemText(p)}
                </li>
              ))}
            </ul>
          </details>
        )}
        <button type="button" class="secondary" onClick={() => setFiles((all) => all.filter((x) => x.key !== f.key))}>
          {t('pick.remove', { name: f.name })}
        </button>
      </li>
    );
  };

  /** Change from one month to the next: points for a rate, an amount for a cost. */
  const change = (kpi: KpiId, before: number | null, after: number | null) => {
    if (!engine || before === null || after === null) return t('results.na');
    const diff = after - before;
    const sign = diff > 0 ? '+' : diff < 0 ? '−' : '';
    const size = Math.abs(diff);
    return engine.isPercentKpi(kpi)
      ? `${sign}${t('compare.points', { value: engine.formatCount(Math.round(size * 100) / 100, lang) })}`
      : `${sign}${fmtKpi(kpi, size)}`;
  };

  const monthName = (month: string) => {
    const [y, m] = month.split('-');
    return lang === 'fr' ? `${m}/${y}` : month;
  };

  return (
    <div class="dash">
      <section class="dash-pick no-print" aria-labelledby="dash-pick-title">
        <h2 id="dash-pick-title">{t('pick.title')}</h2>
        <div
          class={dragging ? 'dash-drop dash-drop-over' : 'dash-drop'}
          onDragOver={(event) => {
            event.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
        >
          <label for="dash-files">{t('pick.label')}</label>
          <input
            ref={inputRef}
            id="dash-files"
            type="file"
            multiple
            accept=".csv,.tsv,.txt,.xlsx,.xls,.zip,text/csv,text/tab-separated-values,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(event) => {
              addFiles(event.currentTarget.files);
              event.currentTarget.value = '';
            }}
          />
          <p class="dash-note">{t('pick.drop')}</p>
        </div>
        <p>{t('pick.private')}</p>
        {loadError && (
          <p role="alert" class="dash-error">
            {t('error.load')}
          </p>
        )}
        {stored?.kind === 'ok' && files.length === 0 && (
          <p>
            {t('save.restore', { date: formatDay(stored.state.savedAt.slice(0, 10)) })}{' '}
            <button type="button" onClick={() => restore(stored.state)}>
              {t('save.open')}
            </button>
          </p>
        )}
        {stored?.kind === 'newer' && <p role="status">{t('save.newer')}</p>}
        {stored?.kind === 'set-aside' && (
          <p role="status">
            {t('save.setAside', { key: stored.key })}{' '}
            <button
              type="button"
              class="secondary"
              onClick={() =>
                download(
                  `dashboard-saved-${new Date().toISOString().slice(0, 10)}.txt`,
                  'text/plain;charset=utf-8',
                  stored.raw,
                )
              }
            >
              {t('save.download')}
            </button>
          </p>
        )}
      </section>
      {files.length > 0 && <ul class="dash-files no-print">{files.map(fileCard)}</ul>}
      {scopes.length > 0 && (
        <section class="dash-results" aria-labelledby="dash-results-title">
          <h2 id="dash-results-title">{t('results.title')}</h2>
          <p class="print-only">
            <strong>{t('report.title')}</strong> {t('report.made', { date: formatDay(today()) })}
          </p>
          <p class="dash-note">{t('results.methods')}</p>
          <p class="dash-note">{t('results.engagements')}</p>
          {scopes[0]?.followers != null && (
            <p class="dash-note">{t('results.followersNote', { followers: fmtCount(scopes[0].followers) })}</p>
          )}
          {scopes.map(scopeSection)}
          {weeks.length > 1 && (
            <section class="dash-weekly" aria-labelledby="dash-weekly-title">
              <h3 id="dash-weekly-title">{t('weekly.title')}</h3>
              <WeeklyChart
                title={t('weekly.title')}
                summary={t('weekly.summary', {
                  list: weeks.map((w) => `${formatDay(w.start)} ${fmtCount(w.engagements)}`).join(', '),
                })}
                bars={weeks.map((w) => ({
                  label: formatDay(w.start),
                  value: w.engagements,
                  display: fmtCount(w.engagements),
                }))}
                columns={[t('weekly.column'), t('field.engagements')]}
              />
            </section>
          )}
          {comparison && (
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
                        const label = x.basis
                          ? `${kpiName(x.kpi)} · ${basisName(x.basis).toLowerCase()}`
                          : kpiName(x.kpi);
                        return (
                          <tr key={`${x.kpi}${x.basis ?? ''}`}>
                            <th scope="row">{label}</th>
                            <td>{before?.value != null ? fmtKpi(x.kpi, before.value) : t('results.na')}</td>
                            <td>{x.value !== null ? fmtKpi(x.kpi, x.value) : t('results.na')}</td>
                            <td>{change(x.kpi, before?.value ?? null, x.value)}</td>
                          </tr>
                        );
                      })}
                  </tbody>
                </table>
              </div>
            </section>
          )}
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
              <button type="button" class="secondary" onClick={save}>
                {t('save.button')}
              </button>
              {stored?.kind === 'ok' && (
                <button
                  type="button"
                  class="secondary"
                  onClick={() => {
                    engine?.deleteDashboard(localStore());
                    setStored({ kind: 'empty' });
                    setSaveMessage(t('save.deleted'));
                  }}
                >
                  {t('save.delete')}
                </button>
              )}
            </p>
            <p role="status">{saveMessage}</p>
          </section>
        </section>
      )}
    </div>
  );
}
