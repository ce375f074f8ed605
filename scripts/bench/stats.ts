/**
 * Pure helpers of the benchmark: medians, the goals, which cells miss them, and the Markdown
 * tables written to docs/performance.md. No I/O here (unit-tested in tests/unit/bench.test.ts).
 */

/** Content pages (home, guide) and tool pages (calculators, SMART, audit, embeds) have different goals. */
export type PageKind = 'content' | 'tool';

/** One Lighthouse run of one page, reduced to what the table shows. Scores are 0–100. */
export interface RunMetrics {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  /** First Contentful Paint, ms. */
  fcp: number;
  /** Largest Contentful Paint, ms. */
  lcp: number;
  /** Total Blocking Time, ms. */
  tbt: number;
  /** Cumulative Layout Shift (unitless). */
  cls: number;
  /** Bytes over the wire (compressed body + headers), by resource type. */
  htmlBytes: number;
  cssBytes: number;
  jsBytes: number;
}

export type Metric = keyof RunMetrics;

export const METRICS: readonly Metric[] = [
  'performance',
  'accessibility',
  'bestPractices',
  'seo',
  'fcp',
  'lcp',
  'tbt',
  'cls',
  'htmlBytes',
  'cssBytes',
  'jsBytes',
];

/** The goals the table is read against (docs/performance.md states them in words). */
export const GOALS = {
  performance: { content: 100, tool: 98 },
  /** Accessibility, best practices and SEO: 100 everywhere. */
  otherScores: 100,
  lcpMs: { content: 1200, tool: 1500 },
  tbtMs: 50,
  cls: 0.01,
  interactionMs: 50,
} as const;

/** Median of a list of numbers (mean of the two middle values for an even count); null if empty. */
export function median(values: readonly number[]): number | null {
  const finite = values.filter((v) => Number.isFinite(v));
  if (finite.length === 0) return null;
  const sorted = [...finite].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] ?? 0;
  if (sorted.length % 2 === 1) return upper;
  const lower = sorted[mid - 1] ?? upper;
  return (lower + upper) / 2;
}

/** Median of each metric over several runs, taken metric by metric. Null when there is no run. */
export function medianMetrics(runs: readonly RunMetrics[]): RunMetrics | null {
  if (runs.length === 0) return null;
  const out = {} as RunMetrics;
  for (const metric of METRICS) out[metric] = median(runs.map((r) => r[metric])) ?? Number.NaN;
  return out;
}

/** The metrics of a page that miss their goal. */
export function misses(kind: PageKind, m: RunMetrics): Metric[] {
  const missed: Metric[] = [];
  if (m.performance < GOALS.performance[kind]) missed.push('performance');
  if (m.accessibility < GOALS.otherScores) missed.push('accessibility');
  if (m.bestPractices < GOALS.otherScores) missed.push('bestPractices');
  if (m.seo < GOALS.otherScores) missed.push('seo');
  if (m.lcp > GOALS.lcpMs[kind]) missed.push('lcp');
  if (m.tbt > GOALS.tbtMs) missed.push('tbt');
  if (m.cls > GOALS.cls) missed.push('cls');
  return missed;
}

/** A duration in ms as shown in the table: "850 ms" below a second, "1.23 s" above. */
export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return '–';
  if (ms < 1000) return `${Math.round(ms)} ms`;
  return `${(ms / 1000).toFixed(2)} s`;
}

/** A byte count as shown in the table: "512 B", "12.3 KB" (1 KB = 1024 B). */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes)) return '–';
  if (bytes < 1024) return `${Math.round(bytes)} B`;
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/** One cell of the table: the formatted value of a metric. */
export function formatMetric(metric: Metric, value: number): string {
  if (!Number.isFinite(value)) return '–';
  switch (metric) {
    case 'performance':
    case 'accessibility':
    case 'bestPractices':
    case 'seo':
      return String(Math.round(value));
    case 'fcp':
    case 'lcp':
    case 'tbt':
      return formatMs(value);
    case 'cls':
      return value.toFixed(3);
    case 'htmlBytes':
    case 'cssBytes':
    case 'jsBytes':
      return formatBytes(value);
  }
}

/** The mark placed after a value that misses its goal. */
export const MISS_MARK = '✗';

const HEADERS: Record<Metric, string> = {
  performance: 'Perf.',
  accessibility: 'A11y',
  bestPractices: 'Best pr.',
  seo: 'SEO',
  fcp: 'FCP',
  lcp: 'LCP',
  tbt: 'TBT',
  cls: 'CLS',
  htmlBytes: 'HTML',
  cssBytes: 'CSS',
  jsBytes: 'JS',
};

/** A page as the table shows it: its median metrics, or null when the page was missing or failed. */
export interface TableRow {
  label: string;
  path: string;
  kind: PageKind;
  median: RunMetrics | null;
  /** Shown instead of the values when there is no median (e.g. "missing (404)"). */
  note?: string;
}

/** Escapes the characters that would break a Markdown table cell. */
export function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function tableLines(header: string[], rows: string[][]): string[] {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)];
}

/** The Lighthouse table: one row per page, medians of the runs, a mark after each value that misses. */
export function lighthouseTable(rows: readonly TableRow[]): string {
  const header = ['Page', 'Path', 'Type', ...METRICS.map((m) => HEADERS[m])];
  const body = rows.map((row) => {
    const start = [cell(row.label), `\`${cell(row.path)}\``, row.kind];
    if (!row.median) return [...start, ...METRICS.map((_, i) => (i === 0 ? cell(row.note ?? 'no result') : ''))];
    const m = row.median;
    const missed = new Set(misses(row.kind, m));
    return [
      ...start,
      ...METRICS.map((metric) => formatMetric(metric, m[metric]) + (missed.has(metric) ? ` ${MISS_MARK}` : '')),
    ];
  });
  return tableLines(header, body).join('\n');
}

/** The worst interaction of one measurement; null duration when no interaction reached 16 ms. */
export interface InteractionRow {
  label: string;
  path: string;
  /** Worst interaction of each run, ms; null when every interaction stayed under the 16 ms threshold. */
  runs: (number | null)[];
  /** Number of key presses typed per run. */
  keys: number;
  note?: string;
}

/** A run with no entry above the Event Timing threshold counts as 0 for the median (it is under 16 ms). */
export function worstOf(runs: readonly (number | null)[]): { median: number | null; max: number | null } {
  if (runs.length === 0) return { median: null, max: null };
  const values = runs.map((r) => r ?? 0);
  const med = median(values);
  const max = Math.max(...values);
  return { median: med === 0 ? null : med, max: max === 0 ? null : max };
}

function formatInteraction(ms: number | null): string {
  return ms === null ? '< 16 ms' : formatMs(ms);
}

/** The interaction table: the worst interaction of each run, their median (read against the goal) and the maximum. */
export function interactionTable(rows: readonly InteractionRow[]): string {
  const header = ['Page', 'Path', 'Keys per run', 'Worst per run', 'Median of worst', 'Worst of all'];
  const body = rows.map((row) => {
    if (row.runs.length === 0)
      return [cell(row.label), `\`${cell(row.path)}\``, cell(row.note ?? 'no result'), '', '', ''];
    const { median: med, max } = worstOf(row.runs);
    const miss = (ms: number | null) => (ms !== null && ms > GOALS.interactionMs ? ` ${MISS_MARK}` : '');
    return [
      cell(row.label),
      `\`${cell(row.path)}\``,
      String(row.keys),
      row.runs.map(formatInteraction).join(', '),
      formatInteraction(med) + miss(med),
      formatInteraction(max) + miss(max),
    ];
  });
  return tableLines(header, body).join('\n');
}

/**
 * Replaces the text between two marker comments (markers kept). If the markers are missing the
 * block is appended at the end.
 */
export function replaceBetween(doc: string, start: string, end: string, block: string): string {
  const i = doc.indexOf(start);
  const j = i === -1 ? -1 : doc.indexOf(end, i + start.length);
  if (i === -1 || j === -1) return `${doc.trimEnd()}\n\n${start}\n${block}\n${end}\n`;
  return `${doc.slice(0, i + start.length)}\n${block}\n${doc.slice(j)}`;
}
