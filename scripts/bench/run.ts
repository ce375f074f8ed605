/* eslint-disable max-lines -- the benchmark script: its page list, runs and report tables read best in one place */
/**
 * `npm run bench`: builds the site into bench/tmp/dist, serves it compressed on loopback, runs
 * Lighthouse (default mobile configuration) three times on each benchmarked page in both locales,
 * measures input-to-result latency on a calculator and on the SMART checker under 4x CPU slowdown,
 * and writes bench/results.json and the tables of docs/performance.md (between the bench markers).
 *
 * Options (for working on the bench itself):
 *   --no-build        serve the existing bench/tmp/dist
 *   --runs N          Lighthouse runs per page (default 3)
 *   --only a,b        only these page ids (home, guide, calculator, smart, audit, embed, interactions,
 *                     dashboard: a 5,000-row export parsed and summarised, in Node, see ./dashboard.ts),
 *                     or one interaction page: interactions-control, interactions-calculator,
 *                     interactions-smart, interactions-dashboard (the dashboard page, its 5,000-row
 *                     export given to the picker, then clicks and choices), or a control copied
 *                     without its scripts: interactions-smart-noscript, interactions-dashboard-noscript
 *                     (./noscript.ts);
 *                     a partial run writes bench/tmp/results.partial.json and leaves the docs alone
 *   BENCH_PORT=N      serve on this port instead of a free one
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumPath, chromiumVersion } from './chromium.ts';
import { runDashboardBench, writeBenchExport, type DashboardBench } from './dashboard.ts';
import { CPU_SLOWDOWN, measureInteractions, type InteractionRun } from './interactions.ts';
import { CONTROL_HTML, CONTROL_PATH, interactionSpecs, isControl } from './pages.ts';
import { writeNoscriptCopies } from './noscript.ts';
import { runLighthouse, type LighthouseRun } from './lighthouse.ts';
import { serveStatic } from '../serve/server.ts';
import {
  interactionTable,
  lighthouseTable,
  medianMetrics,
  misses,
  replaceBetween,
  worstOf,
  type PageKind,
  type RunMetrics,
} from './stats.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const TMP = join(ROOT, 'bench/tmp');
const OUT_DIR = join(TMP, 'dist');
const RESULTS = join(ROOT, 'bench/results.json');
const DOC = join(ROOT, 'docs/performance.md');
const BIN = join(ROOT, 'node_modules/.bin');

const LANGS = ['fr', 'en'] as const;
type Lang = (typeof LANGS)[number];

interface PageSpec {
  id: string;
  label: string;
  kind: PageKind;
  path: (lang: Lang) => string;
}

const PAGES: PageSpec[] = [
  { id: 'home', label: 'Home', kind: 'content', path: (l) => `/${l}/` },
  { id: 'guide', label: 'Guide chapter', kind: 'content', path: (l) => `/${l}/guide/awareness-engagement-kpis/` },
  { id: 'calculator', label: 'Calculator', kind: 'tool', path: (l) => `/${l}/tools/engagement-rate/` },
  { id: 'smart', label: 'SMART checker', kind: 'tool', path: (l) => `/${l}/tools/smart/` },
  { id: 'audit', label: 'Audit', kind: 'tool', path: (l) => `/${l}/tools/audit/` },
  { id: 'embed', label: 'Embed', kind: 'tool', path: (l) => `/${l}/embed/ctr/?clicks=25&impressions=1000` },
];

function parseArgs(argv: string[]) {
  const opts = { build: true, runs: 3, only: null as Set<string> | null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--no-build') opts.build = false;
    else if (arg === '--runs') opts.runs = Math.max(1, Number(argv[++i] ?? 3));
    else if (arg === '--only') opts.only = new Set((argv[++i] ?? '').split(',').filter(Boolean));
    else throw new Error(`Unknown option ${arg}`);
  }
  return opts;
}

function run(cmd: string, args: string[], env: Record<string, string>) {
  console.log(`[bench] $ ${[cmd, ...args].join(' ')}`);
  const r = spawnSync(join(BIN, cmd), args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) throw new Error(`${cmd} failed (${r.status ?? r.signal})`);
}

async function statusOf(url: string): Promise<number> {
  const res = await fetch(url, { method: 'HEAD', redirect: 'manual' });
  return res.status;
}

/** A page that does not answer 200 is recorded as missing and skipped; returns whether it is. */
async function markedMissing(
  result: { status: 'ok' | 'missing' | 'failed'; note?: string },
  url: string,
  path: string,
): Promise<boolean> {
  const status = await statusOf(url);
  if (status === 200) return false;
  result.status = 'missing';
  result.note = `missing (${status})`;
  console.log(`[bench] ${path}: missing (HTTP ${status}), skipped`);
  return true;
}

interface PageResult {
  id: string;
  label: string;
  lang: Lang;
  kind: PageKind;
  path: string;
  status: 'ok' | 'missing' | 'failed';
  note?: string;
  runs: RunMetrics[];
  /** Per run, what explains its TBT (Lighthouse's CPU benchmark of the machine, main-thread work, long tasks). */
  diagnostics: LighthouseRun['diagnostics'][];
  errors: string[];
  median: RunMetrics | null;
  misses: string[];
  failedAudits: LighthouseRun['failedAudits'];
  warnings: string[];
}

interface InteractionResult {
  id: string;
  label: string;
  lang: Lang;
  path: string;
  status: 'ok' | 'missing' | 'failed';
  note?: string;
  runs: InteractionRun[];
  errors: string[];
  medianWorstMs: number | null;
  maxWorstMs: number | null;
}

const opts = parseArgs(process.argv.slice(2));
const partial = opts.only !== null;
const wanted = (id: string) => !opts.only || opts.only.has(id);
/** An interaction page runs with `interactions` (all of them) or alone, as `interactions-{id}`. */
const wantedInteraction = (id: string) => wanted('interactions') || wanted(`interactions-${id}`);
/** The file the dashboard's interaction bench gives to the picker (written below, before the runs). */
let DASHBOARD_EXPORT = '';
const started = new Date();
const loadStart = loadavg();

// The dashboard's parsing, first: it needs no build and no browser, and a loaded machine skews it.
let dashboard: DashboardBench | null = null;
if (wanted('dashboard')) {
  try {
    dashboard = await runDashboardBench();
    if (dashboard.medianMs >= dashboard.goalMs) console.log(`[bench] dashboard: over the ${dashboard.goalMs} ms goal`);
  } catch (error) {
    console.log(`[bench] dashboard failed: ${String(error)}`);
  }
}

const browserPath = await chromiumPath();
const browserVersion = browserPath ? chromiumVersion(browserPath) : 'Playwright Chromium';
console.log(`[bench] Chromium: ${browserPath ?? 'Playwright'} (${browserVersion})`);

const server = await serveStatic(OUT_DIR, Number(process.env['BENCH_PORT'] ?? 0));
console.log(`[bench] Serving ${OUT_DIR} at ${server.origin} (brotli/gzip)`);

try {
  if (opts.build) {
    rmSync(OUT_DIR, { recursive: true, force: true });
    mkdirSync(TMP, { recursive: true });
    // Canonical URLs, hreflang and robots.txt name the address the bench serves, as on a real host.
    const env = { SMM_OUT_DIR: OUT_DIR, SMM_CACHE_DIR: join(TMP, 'cache'), SITE_URL: server.origin };
    run('astro', ['build'], env);
    run('pagefind', ['--site', OUT_DIR], env);
  } else if (!existsSync(OUT_DIR)) {
    throw new Error(`${OUT_DIR} does not exist: run without --no-build first.`);
  }

  const pages: PageResult[] = [];
  let lighthouseVersion = '';
  for (const spec of PAGES.filter((p) => wanted(p.id))) {
    for (const lang of LANGS) {
      const path = spec.path(lang);
      const url = server.origin + path;
      const result: PageResult = {
        id: spec.id,
        label: spec.label,
        lang,
        kind: spec.kind,
        path,
        status: 'ok',
        runs: [],
        diagnostics: [],
        errors: [],
        median: null,
        misses: [],
        failedAudits: [],
        warnings: [],
      };
      pages.push(result);
      if (await markedMissing(result, url, path)) continue;
      for (let i = 0; i < opts.runs; i++) {
        try {
          const lh = await runLighthouse(browserPath ?? '', url);
          lighthouseVersion = lh.lighthouseVersion;
          result.runs.push(lh.metrics);
          result.diagnostics.push(lh.diagnostics);
          for (const audit of lh.failedAudits) {
            if (!result.failedAudits.some((a) => a.id === audit.id)) result.failedAudits.push(audit);
          }
          for (const w of lh.warnings) if (!result.warnings.includes(w)) result.warnings.push(w);
          const m = lh.metrics;
          console.log(
            `[bench] ${path} run ${i + 1}: perf ${m.performance} a11y ${m.accessibility} bp ${m.bestPractices} seo ${m.seo}` +
              ` FCP ${Math.round(m.fcp)} LCP ${Math.round(m.lcp)} TBT ${Math.round(m.tbt)} CLS ${m.cls.toFixed(3)}` +
              ` (CPU benchmark ${Math.round(lh.diagnostics.benchmarkIndex)}, main thread ${lh.diagnostics.mainThreadMs} ms)`,
          );
        } catch (error) {
          result.errors.push(String(error));
          console.log(`[bench] ${path} run ${i + 1} failed: ${String(error)}`);
        }
      }
      result.median = medianMetrics(result.runs);
      if (result.median) result.misses = misses(spec.kind, result.median);
      else {
        result.status = 'failed';
        result.note = 'every run failed';
      }
    }
  }

  mkdirSync(join(OUT_DIR, CONTROL_PATH), { recursive: true });
  writeFileSync(join(OUT_DIR, CONTROL_PATH, 'index.html'), CONTROL_HTML);

  if (wantedInteraction('dashboard') || wantedInteraction('dashboard-noscript')) {
    DASHBOARD_EXPORT = await writeBenchExport();
  }
  const specs = interactionSpecs(DASHBOARD_EXPORT).filter((i) => wantedInteraction(i.id));
  await writeNoscriptCopies(
    browserPath,
    server.origin,
    OUT_DIR,
    specs.flatMap(({ path, copy }) => (copy ? LANGS.map((lang) => ({ path: path(lang), copy: copy(lang) })) : [])),
  );
  const interactions: InteractionResult[] = [];
  for (const spec of specs) {
    for (const lang of spec.id === 'control' ? (['en'] as const) : LANGS) {
      const path = spec.path(lang);
      const url = server.origin + path;
      const result: InteractionResult = {
        id: spec.id,
        label: spec.label,
        lang,
        path,
        status: 'ok',
        runs: [],
        errors: [],
        medianWorstMs: null,
        maxWorstMs: null,
      };
      interactions.push(result);
      if (await markedMissing(result, url, path)) continue;
      for (let i = 0; i < opts.runs; i++) {
        try {
          const r = await measureInteractions(browserPath, url, spec.steps(lang));
          result.runs.push(r);
          console.log(
            `[bench] ${path} typing run ${i + 1}: worst ${r.worstMs === null ? '< 16' : Math.round(r.worstMs)} ms` +
              (r.slowest[0]?.key ? ` (key ${r.slowest[0].key})` : '') +
              ` over ${r.keys} keys${r.resultChanged || isControl(spec) ? '' : ' (the result did not change!)'}`,
          );
        } catch (error) {
          result.errors.push(String(error));
          console.log(`[bench] ${path} typing run ${i + 1} failed: ${String(error)}`);
        }
      }
      const worst = worstOf(result.runs.map((r) => r.worstMs));
      result.medianWorstMs = worst.median;
      result.maxWorstMs = worst.max;
      if (result.runs.length === 0) {
        result.status = 'failed';
        result.note = `failed: ${result.errors[0] ?? 'no run'}`;
      }
    }
  }

  const loadEnd = loadavg();
  const cpu = cpus();
  const report = {
    date: started.toISOString(),
    durationSeconds: Math.round((Date.now() - started.getTime()) / 1000),
    machine: {
      cpu: cpu[0]?.model ?? 'unknown',
      cores: cpu.length,
      memoryGiB: Math.round(totalmem() / 2 ** 30),
      os: `${platform()} ${release()}`,
      loadAverageAtStart: loadStart.map((l) => Number(l.toFixed(2))),
      loadAverageAtEnd: loadEnd.map((l) => Number(l.toFixed(2))),
    },
    node: process.version,
    chromium: browserVersion,
    lighthouse: lighthouseVersion,
    lighthouseConfig: 'default (mobile: emulated Moto G Power, simulated slow 4G, 4x CPU slowdown)',
    serving: 'bench/tmp/dist over http://127.0.0.1, brotli (quality 11) or gzip (level 9), headers of _headers',
    runsPerPage: opts.runs,
    interactionCpuSlowdown: CPU_SLOWDOWN,
    pages,
    interactions,
    dashboard,
  };

  const resultsFile = partial ? join(TMP, 'results.partial.json') : RESULTS;
  mkdirSync(dirname(resultsFile), { recursive: true });
  writeFileSync(resultsFile, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`[bench] Wrote ${resultsFile}`);

  const lhTable = lighthouseTable(
    pages.map((p) => ({
      label: `${p.label} (${p.lang})`,
      path: p.path,
      kind: p.kind,
      median: p.median,
      ...(p.note ? { note: p.note } : {}),
    })),
  );
  const inTable = interactionTable(
    interactions.map((r) => ({
      label: r.id === 'control' ? r.label : `${r.label} (${r.lang})`,
      path: r.path,
      runs: r.runs.map((x) => x.worstMs),
      keys: r.runs[0]?.keys ?? 0,
      ...(r.note ? { note: r.note } : {}),
    })),
  );
  const when = started.toISOString().replace(/\.\d+Z$/, 'Z');
  const about =
    `Measured ${when} on ${report.machine.cpu}, ${report.machine.cores} cores, ${report.machine.memoryGiB} GiB, ` +
    `${report.machine.os}; Node ${report.node}; ${report.chromium}; Lighthouse ${report.lighthouse}. ` +
    `Load average (1, 5, 15 min) ${report.machine.loadAverageAtStart.join(', ')} at the start and ` +
    `${report.machine.loadAverageAtEnd.join(', ')} at the end. ${opts.runs} runs per page; medians shown.`;
  const block = [
    `_${about}_`,
    '',
    '### Lighthouse (median of the runs)',
    '',
    lhTable,
    '',
    `### Worst interaction, typing under ${CPU_SLOWDOWN}x CPU slowdown`,
    '',
    inTable,
  ].join('\n');

  if (partial) {
    console.log(`${block}\n\n[bench] Partial run (--only): docs/performance.md left as it is.`);
  } else {
    const doc = existsSync(DOC) ? readFileSync(DOC, 'utf8') : '# Performance\n';
    writeFileSync(DOC, replaceBetween(doc, '<!-- bench:start -->', '<!-- bench:end -->', block));
    console.log(`[bench] Updated ${DOC}`);
    console.log(block);
  }
} finally {
  await server.close();
}
