/**
 * The dashboard bench's work (bundled and run by ./dashboard.ts: the site's modules import each
 * other without file extensions, which Node's own TypeScript loading does not resolve).
 *
 * A 5,000-row French Meta export (`;`, decimal commas, no-break thousands, quoted
 * fields) read with Papa Parse, its columns found, every row read and summarised (totals per
 * network, weeks, months), in Node. The goal (issue of the dashboard): under 1 s on this machine.
 * The browser does the same in a worker (src/lib/dashboard/read.worker.ts), off the main thread.
 */
import { networkIds } from '../../src/lib/dashboard/fields';
import { readCsvText } from '../../src/lib/dashboard/read';
import { findLayout, proposedMapping, readRows } from '../../src/lib/dashboard/rows';
import { compareMonths, summariseAll, weekly } from '../../src/lib/dashboard/summary';

export const DASHBOARD_ROWS = 5000;
export const DASHBOARD_GOAL_MS = 1000;

const NETWORKS = ['Facebook', 'Instagram', 'LinkedIn', 'TikTok'];

/** A realistic export: one post every ~2 hours over a year, on four networks. */
export function makeExport(rows: number): string {
  const lines = [
    'Identifiant;Titre;Date de publication;Réseau;Couverture;Impressions;Réactions;Commentaires;Partages;Clics;Dépenses (EUR)',
  ];
  let seed = 42;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const start = Date.UTC(2025, 11, 1);
  for (let i = 0; i < rows; i++) {
    const date = new Date(start + i * 6300000);
    const day = `${String(date.getUTCDate()).padStart(2, '0')}/${String(date.getUTCMonth() + 1).padStart(2, '0')}/${date.getUTCFullYear()} ${String(date.getUTCHours()).padStart(2, '0')}:15`;
    const reach = 200 + Math.floor(random() * 30000);
    const impressions = reach + Math.floor(random() * 5000);
    const group = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f');
    lines.push(
      [
        `p${i}`,
        `"Publication n° ${i} ; photo du jour"`,
        day,
        NETWORKS[i % NETWORKS.length],
        group(reach),
        group(impressions),
        Math.floor(reach * random() * 0.08),
        Math.floor(random() * 40),
        Math.floor(random() * 20),
        Math.floor(random() * 300),
        `${Math.floor(random() * 50)},${String(Math.floor(random() * 100)).padStart(2, '0')}`,
      ].join(';'),
    );
  }
  return lines.join('\r\n');
}

export interface DashboardBench {
  rows: number;
  posts: number;
  problems: number;
  /** Median of five runs, in ms. */
  medianMs: number;
  goalMs: number;
}

export async function benchDashboard(rows = DASHBOARD_ROWS): Promise<DashboardBench> {
  const text = makeExport(rows);
  const times: number[] = [];
  let posts = 0;
  let problems = 0;
  for (let run = 0; run < 5; run++) {
    const t0 = performance.now();
    const result = await readCsvText(text);
    if (!result.ok) throw new Error(`bench export not read: ${result.reason}`);
    const layout = findLayout(result.table.rows, result.table.delimiter);
    const reading = readRows(result.table.rows, layout, proposedMapping(layout), '2026-12-01');
    summariseAll(reading.posts, networkIds);
    weekly(reading.posts);
    compareMonths(reading.posts);
    times.push(performance.now() - t0);
    posts = reading.posts.length;
    problems = reading.problems.length;
  }
  times.sort((a, b) => a - b);
  return { rows, posts, problems, medianMs: Math.round(times[2] ?? 0), goalMs: DASHBOARD_GOAL_MS };
}
