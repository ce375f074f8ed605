/* eslint-disable max-lines -- the trace reader and its command line read best in one place, as ./run.ts */
/**
 * Where an interaction's main-thread time goes, in a figure that does not depend on how busy the
 * machine is: Chromium's trace of the page while Playwright runs a bench's steps (typing, clicks)
 * under 4x CPU slowdown, read for the main thread's CPU time (`tdur`, thread time, which excludes
 * the time the thread waited for a core) per interaction, and a sampling CPU profile of the same
 * steps, read for the functions that took it.
 *
 *   ./node_modules/.bin/node scripts/bench/trace.ts [--dist DIR] [--runs N] [--top N] smart-fr smart-en control dashboard-fr
 *     dashboard-noscript-fr …
 *
 * Serves DIR (default bench/tmp/dist, written by `npm run bench`) like the bench does (on a free
 * port, or on BENCH_PORT=N as the bench does). Prints, per
 * page and run: the interactions, the main thread's CPU time from each interaction's key press or
 * click to the next one (median and worst), what kind of work it was (script, style, layout,
 * paint, garbage collection), and the functions with the most self time.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type CDPSession, type Page } from '@playwright/test';
import { CHROMIUM_ARGS } from '../browser.mjs';
import { serveStatic } from '../serve/server.ts';
import { chromiumPath } from './chromium.ts';
import { writeBenchExport } from './dashboard.ts';
import { CPU_SLOWDOWN, runStep, type InteractionStep } from './interactions.ts';
import { writeNoscriptCopies } from './noscript.ts';
import { CONTROL_HTML, CONTROL_PATH, interactionSpecs } from './pages.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { type?: string; frame?: string; functionName?: string; url?: string } };
}

/** Trace categories: top-level tasks (with thread time), the timeline's kinds of work, input events. */
const CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'v8.execute',
  'blink',
  'latencyInfo',
  '__metadata',
].join(',');

async function collectTrace(cdp: CDPSession, run: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: CATEGORIES.split(','), enableSampling: false },
  });
  await run();
  const done = new Promise<void>((res) => cdp.once('Tracing.tracingComplete', () => res()));
  await cdp.send('Tracing.end');
  await done;
  return events;
}

/** The renderer's main thread: the thread named CrRendererMain of the process that dispatched the key events. */
function mainThread(events: TraceEvent[]): { pid: number; tid: number } | null {
  const dispatch = events.find(
    (e) => e.name === 'EventDispatch' && /^(keydown|pointerdown|click)$/.test(e.args?.data?.type ?? ''),
  );
  if (!dispatch) return null;
  return { pid: dispatch.pid, tid: dispatch.tid };
}

/** Top-level kinds of the page's own work (nested events are counted in their parent). */
const PAGE_WORK: Record<string, string> = {
  EventDispatch: 'handlers',
  TimerFire: 'timers',
  FireAnimationFrame: 'frames',
  FireIdleCallback: 'timers',
  FunctionCall: 'script',
  UpdateLayoutTree: 'style',
  Layout: 'layout',
  PrePaint: 'paint',
  Paint: 'paint',
  Layerize: 'paint',
  Commit: 'paint',
};

/** The kinds of the page's own work, in the order the report lists them. */
const PAGE_WORK_KINDS = [...new Set(Object.values(PAGE_WORK))];

const KINDS: Record<string, string> = {
  FunctionCall: 'script',
  EvaluateScript: 'script',
  'v8.compile': 'script (compile)',
  'V8.CompileCode': 'script (compile)',
  TimerFire: 'script',
  FireAnimationFrame: 'script',
  EventDispatch: 'script',
  'v8.callFunction': 'script',
  UpdateLayoutTree: 'style',
  Layout: 'layout',
  PrePaint: 'paint',
  Paint: 'paint',
  Layerize: 'paint',
  Commit: 'paint',
  MinorGC: 'gc',
  MajorGC: 'gc',
  'V8.GC_SCAVENGER': 'gc',
  ParseHTML: 'parse',
};

interface InteractionCpu {
  /** The event that began it (keydown, pointerdown). */
  type: string;
  /** Main-thread CPU time (ms) of every task from this interaction to the next one. */
  cpuMs: number;
  /** Wall time of those tasks (ms): what the CPU slowdown and the machine's load stretch. */
  wallMs: number;
  /**
   * The page's own work in that window, main-thread CPU ms by kind: its event handlers, timers and
   * animation frames, style and layout, paint (not Playwright's injected script, which drives the
   * page and is the same on the control page).
   */
  page: Record<string, number>;
  pageMs: number;
  /** The window's longest tasks (wall ms, CPU ms) and what ran in each. */
  tasks: { wallMs: number; cpuMs: number; what: string }[];
}

/** What a task ran: its script entry points (handlers, timers, functions) and rendering steps. */
function describe(task: TraceEvent, inside: TraceEvent[]): string {
  const end = task.ts + (task.dur ?? 0);
  const parts = new Map<string, number>();
  for (const e of inside) {
    if (e.ph !== 'X' || e.ts < task.ts || e.ts > end || e === task) continue;
    const d = e.args?.data;
    let label: string | null = null;
    if (e.name === 'EventDispatch') label = `event ${d?.type ?? ''}`;
    else if (e.name === 'TimerFire') label = 'timer';
    else if (e.name === 'FireAnimationFrame') label = 'animation frame';
    else if (e.name === 'FunctionCall') label = `fn ${d?.functionName || '?'}@${(d?.url ?? '').replace(/^.*\//, '')}`;
    else if (
      ['Layout', 'UpdateLayoutTree', 'Paint', 'PrePaint', 'MinorGC', 'MajorGC', 'ParseHTML', 'v8.compile'].includes(
        e.name,
      )
    )
      label = e.name;
    if (label) parts.set(label, (parts.get(label) ?? 0) + (e.dur ?? 0) / 1000);
  }
  return [...parts]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 6)
    .map(([k, v]) => `${k} ${v.toFixed(1)}`)
    .join('; ');
}

/**
 * Per interaction (a keydown or pointerdown on the main thread), the CPU time of the main
 * thread's top-level tasks from it to the next interaction (or the end of the trace), and the
 * CPU time of the whole window by kind of work (events nested in the tasks: a kind counts its own
 * events, nested kinds are counted in each).
 */
function readTrace(events: TraceEvent[]): { interactions: InteractionCpu[]; kinds: Record<string, number> } {
  const main = mainThread(events);
  if (!main) return { interactions: [], kinds: {} };
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid);
  const starts = onMain
    .filter((e) => e.name === 'EventDispatch' && /^(keydown|pointerdown)$/.test(e.args?.data?.type ?? ''))
    .map((e) => ({ ts: e.ts, type: e.args?.data?.type ?? '' }))
    .sort((a, b) => a.ts - b.ts);
  // Chromium nests ThreadControllerImpl::RunTask in RunTask: count the outer one only.
  const tasks = onMain.filter((e) => e.ph === 'X' && e.name === 'RunTask');
  // Outermost only: a style recalculation forced by a handler is the handler's time.
  const work: TraceEvent[] = [];
  let openUntil = -1;
  for (const e of onMain.filter((x) => x.ph === 'X' && PAGE_WORK[x.name] !== undefined).sort((a, b) => a.ts - b.ts)) {
    if (e.ts < openUntil) continue;
    work.push(e);
    openUntil = e.ts + (e.dur ?? 0);
  }
  const interactions: InteractionCpu[] = [];
  for (const [i, start] of starts.entries()) {
    const from = start.ts;
    const to = starts[i + 1]?.ts ?? Number.POSITIVE_INFINITY;
    // The task that dispatched this event began just before it.
    const inWindow = tasks.filter((t) => t.ts + (t.dur ?? 0) > from && t.ts < to);
    const page: Record<string, number> = {};
    for (const e of work) {
      if (e.ts < from || e.ts >= to) continue;
      const data = e.args?.data;
      // Playwright's own events (it marks its targets with them) are not the page's work.
      if (e.name === 'EventDispatch' && (data?.type ?? '').startsWith('__playwright')) continue;
      const kind = PAGE_WORK[e.name] ?? 'other';
      page[kind] = (page[kind] ?? 0) + (e.tdur ?? 0) / 1000;
    }
    const longest = [...inWindow].sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0)).slice(0, 3);
    interactions.push({
      tasks: longest.map((t) => ({
        wallMs: (t.dur ?? 0) / 1000,
        cpuMs: (t.tdur ?? 0) / 1000,
        what: describe(t, onMain),
      })),
      type: start.type,
      cpuMs: inWindow.reduce((s, t) => s + (t.tdur ?? 0), 0) / 1000,
      wallMs: inWindow.reduce((s, t) => s + (t.dur ?? 0), 0) / 1000,
      page,
      pageMs: Object.values(page).reduce((s, x) => s + x, 0),
    });
  }
  const first = starts[0]?.ts ?? 0;
  const kinds: Record<string, number> = {};
  for (const e of onMain) {
    const kind = KINDS[e.name];
    if (!kind || e.ph !== 'X' || e.ts < first) continue;
    kinds[kind] = (kinds[kind] ?? 0) + (e.tdur ?? e.dur ?? 0) / 1000;
  }
  return { interactions, kinds };
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Self time per function (ms, sampled), the heaviest first. */
function selfTimes(profile: Profile, top: number): { fn: string; ms: number }[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const totals = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const node = byId.get(id);
    if (!node) return;
    const { functionName, url, lineNumber, columnNumber } = node.callFrame;
    const file = url.replace(/^.*\//, '');
    const key =
      `${functionName || '(anonymous)'} ${file ? `${file}:${lineNumber + 1}:${columnNumber + 1}` : ''}`.trim();
    totals.set(key, (totals.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return [...totals]
    .map(([fn, ms]) => ({ fn, ms }))
    .filter((x) => !/^\((idle|program)\)/.test(x.fn))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, top);
}

async function traceOnce(browserPath: string | undefined, url: string, steps: readonly InteractionStep[], top: number) {
  const browser = await chromium.launch({
    args: CHROMIUM_ARGS,
    ...(browserPath ? { executablePath: browserPath } : {}),
  });
  try {
    const context = await browser.newContext();
    const page: Page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await page.goto(url, { waitUntil: 'load' });
    await page
      .waitForFunction(() => !document.querySelector('astro-island[ssr]'), undefined, { timeout: 20_000 })
      .catch(() => undefined);
    await page.waitForTimeout(500);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    let profile: Profile | null = null;
    const events = await collectTrace(cdp, async () => {
      await cdp.send('Profiler.start');
      for (const step of steps) await runStep(page, step);
      await page.waitForTimeout(1_000);
      profile = ((await cdp.send('Profiler.stop')) as unknown as { profile: Profile }).profile;
    });
    const { interactions, kinds } = readTrace(events);
    return { interactions, kinds, functions: profile ? selfTimes(profile, top) : [], events };
  } finally {
    await browser.close();
  }
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[Math.floor((s.length - 1) / 2)] ?? 0) : 0;
};
const ms = (x: number) => `${x.toFixed(1)} ms`;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  let dist = join(ROOT, 'bench/tmp/dist');
  let runs = 1;
  let top = 15;
  const ids: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    if (a === '--dist') dist = resolve(args[++i] ?? dist);
    else if (a === '--runs') runs = Number(args[++i] ?? 1);
    else if (a === '--top') top = Number(args[++i] ?? 15);
    else ids.push(a);
  }
  mkdirSync(join(dist, CONTROL_PATH), { recursive: true });
  writeFileSync(join(dist, CONTROL_PATH, 'index.html'), CONTROL_HTML);
  const exportPath = await writeBenchExport();
  const server = await serveStatic(dist, Number(process.env['BENCH_PORT'] ?? 0));
  const browserPath = await chromiumPath();
  try {
    for (const id of ids.length ? ids : ['control', 'smart-fr', 'smart-en']) {
      // `smart-fr`, `dashboard-noscript-en`: the page's id, then its language (English if none).
      const [, specId = id, lang = 'en'] = /^(.+?)(?:-(fr|en))?$/.exec(id) ?? [];
      const spec = interactionSpecs(exportPath).find((s) => s.id === specId);
      if (!spec) throw new Error(`No interaction page ${specId}`);
      const pageLang = lang === 'fr' ? 'fr' : 'en';
      const copy = spec.copy?.(pageLang);
      if (copy) await writeNoscriptCopies(browserPath, server.origin, dist, [{ path: spec.path(pageLang), copy }]);
      const url = server.origin + spec.path(pageLang);
      const perKey: number[] = [];
      for (let r = 0; r < runs; r++) {
        let result: Awaited<ReturnType<typeof traceOnce>>;
        try {
          result = await traceOnce(browserPath, url, spec.steps(lang === 'fr' ? 'fr' : 'en'), top);
        } catch (error) {
          console.log(`\n${id} run ${r + 1} failed: ${String(error).split('\n')[0] ?? ''}`);
          continue;
        }
        const cpu = result.interactions.map((x) => x.cpuMs);
        const own = result.interactions.map((x) => x.pageMs);
        perKey.push(...own);
        const kinds = new Map<string, number[]>();
        for (const x of result.interactions) {
          for (const k of PAGE_WORK_KINDS) (kinds.get(k) ?? kinds.set(k, []).get(k) ?? []).push(x.page[k] ?? 0);
        }
        console.log(
          `\n${id} run ${r + 1}: the page's own main-thread CPU per interaction: median ${ms(median(own))}, ` +
            `worst ${ms(Math.max(...own))}; ` +
            [...kinds].map(([k, xs]) => `${k} median ${ms(median(xs))} max ${ms(Math.max(...xs))}`).join(', '),
        );
        const worst = result.interactions.reduce(
          (w, x) => (x.cpuMs > (w?.cpuMs ?? -1) ? x : w),
          result.interactions[0],
        );
        console.log(
          `\n${id} run ${r + 1}: ${result.interactions.length} interactions; main-thread CPU per interaction: ` +
            `median ${ms(median(cpu))}, worst ${ms(worst?.cpuMs ?? 0)} (${worst?.type ?? '-'}, wall ${ms(worst?.wallMs ?? 0)}), ` +
            `sum ${ms(cpu.reduce((s, x) => s + x, 0))}`,
        );
        console.log(
          '  by kind (CPU): ' +
            Object.entries(result.kinds)
              .sort((a, b) => b[1] - a[1])
              .map(([k, v]) => `${k} ${ms(v)}`)
              .join(', '),
        );
        if (specId === 'dashboard') {
          console.log(
            '  per interaction (CPU): ' + result.interactions.map((x) => `${x.type} ${ms(x.cpuMs)}`).join(', '),
          );
          console.log("  per interaction, the page's own CPU:");
          for (const x of result.interactions) {
            const parts = Object.entries(x.page)
              .filter(([, v]) => v >= 0.05)
              .map(([k, v]) => `${k} ${ms(v)}`);
            console.log(`    ${x.type} ${ms(x.pageMs)}: ${parts.join(', ')}`);
          }
        }
        const byWall = [...result.interactions].sort((a, b) => b.wallMs - a.wallMs).slice(0, 3);
        for (const x of byWall) {
          console.log(`  slow ${x.type}: wall ${ms(x.wallMs)}, CPU ${ms(x.cpuMs)}`);
          for (const t of x.tasks) console.log(`    task wall ${ms(t.wallMs)} CPU ${ms(t.cpuMs)}: ${t.what}`);
        }
        console.log('  functions (self time, sampled, throttled):');
        for (const f of result.functions) console.log(`    ${ms(f.ms).padStart(10)}  ${f.fn}`);
        if (process.env['TRACE_OUT']) {
          writeFileSync(
            `${process.env['TRACE_OUT']}-${id}-${r + 1}.json`,
            JSON.stringify({ traceEvents: result.events }),
          );
        }
      }
      console.log(
        `${id}: over ${runs} run(s), the page's own CPU per interaction: median ${ms(median(perKey))}, worst ${ms(Math.max(...perKey))}`,
      );
    }
  } finally {
    await server.close();
  }
}
