/**
 * Dashboard bench (`npm run bench` runs it as the step `dashboard`; alone:
 * ./node_modules/.bin/node scripts/bench/dashboard.ts, exit code 1 when over the goal): a
 * 5,000-row export parsed and summarised in under 1 s. The work is in ./dashboard-work.ts,
 * bundled here with Vite (for Node, into bench/tmp) as the site's modules are written for it: they
 * import each other without extensions, and the language registries find each language's module
 * with `import.meta.glob` (src/lib/i18n/languages/by-locale.ts), which only Vite knows.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export interface DashboardBench {
  rows: number;
  posts: number;
  problems: number;
  medianMs: number;
  goalMs: number;
}

interface Work {
  benchDashboard: () => Promise<DashboardBench>;
  makeExport: (rows: number) => string;
  DASHBOARD_ROWS: number;
}

async function loadWork(): Promise<Work> {
  const outDir = join(ROOT, 'bench/tmp/dashboard');
  await build({
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    publicDir: false,
    build: {
      ssr: join(ROOT, 'scripts/bench/dashboard-work.ts'),
      outDir,
      emptyOutDir: true,
      minify: false,
      rolldownOptions: { output: { entryFileNames: 'dashboard-bench.mjs' } },
    },
  });
  return (await import(pathToFileURL(join(outDir, 'dashboard-bench.mjs')).href)) as Work;
}

export async function runDashboardBench(): Promise<DashboardBench> {
  const work = await loadWork();
  const result = await work.benchDashboard();
  console.log(
    `[bench] dashboard: ${result.rows} rows -> ${result.posts} posts (${result.problems} rows left out), ` +
      `parsed and summarised in ${result.medianMs} ms (median of 5; goal < ${result.goalMs} ms)`,
  );
  return result;
}

/** Writes the bench's 5,000-row export as a file, for the page's interaction bench (./run.ts); returns its path. */
export async function writeBenchExport(): Promise<string> {
  const work = await loadWork();
  const file = join(ROOT, 'bench/tmp/dashboard-5000.csv');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, work.makeExport(work.DASHBOARD_ROWS));
  return file;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = await runDashboardBench();
  if (result.medianMs >= result.goalMs || result.posts !== result.rows) process.exitCode = 1;
}
