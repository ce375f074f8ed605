/**
 * One Lighthouse run (the npm package, default mobile configuration: Moto G Power emulation,
 * simulated slow 4G and 4x CPU slowdown) against a fresh headless Chromium.
 */
import lighthouse from 'lighthouse';
import { launchChromium } from './chromium.ts';
import type { RunMetrics } from './stats.ts';

export interface LighthouseRun {
  metrics: RunMetrics;
  /** Ids of the audits that failed (score below 1) in the four categories, for the write-up. */
  failedAudits: { category: string; id: string; title: string; score: number | null; displayValue?: string }[];
  warnings: string[];
  /** What explains TBT: Lighthouse's CPU benchmark of the machine during the run, main-thread work, long tasks. */
  diagnostics: {
    benchmarkIndex: number;
    mainThreadMs: number;
    scriptMs: number;
    longTasks: { url: string; durationMs: number; startMs: number }[];
  };
  lighthouseVersion: string;
  userAgent: string;
}

interface LongTaskItem {
  url?: string;
  duration?: number;
  startTime?: number;
}

interface NetworkItem {
  resourceType?: string;
  transferSize?: number;
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

export async function runLighthouse(chromium: string, url: string): Promise<LighthouseRun> {
  const browser = await launchChromium(chromium);
  try {
    const result = await lighthouse(url, {
      port: browser.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
    });
    if (!result) throw new Error('Lighthouse returned no result');
    const lhr = result.lhr;
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);

    const score = (id: (typeof CATEGORIES)[number]) => Math.round((lhr.categories[id]?.score ?? Number.NaN) * 100);
    const numeric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
    const items = (lhr.audits['network-requests']?.details as { items?: NetworkItem[] } | undefined)?.items ?? [];
    const bytes = (type: string) =>
      items.filter((i) => i.resourceType === type).reduce((sum, i) => sum + (i.transferSize ?? 0), 0);

    const failedAudits: LighthouseRun['failedAudits'] = [];
    for (const id of CATEGORIES) {
      for (const ref of lhr.categories[id]?.auditRefs ?? []) {
        const audit = lhr.audits[ref.id];
        if (!audit || ref.weight === 0) continue;
        if (
          audit.scoreDisplayMode !== 'binary' &&
          audit.scoreDisplayMode !== 'numeric' &&
          audit.scoreDisplayMode !== 'metricSavings'
        )
          continue;
        if (audit.score !== null && audit.score >= 1) continue;
        failedAudits.push({
          category: id,
          id: ref.id,
          title: audit.title,
          score: audit.score,
          ...(audit.displayValue ? { displayValue: audit.displayValue } : {}),
        });
      }
    }

    return {
      metrics: {
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        fcp: numeric('first-contentful-paint'),
        lcp: numeric('largest-contentful-paint'),
        tbt: numeric('total-blocking-time'),
        cls: numeric('cumulative-layout-shift'),
        htmlBytes: bytes('Document'),
        cssBytes: bytes('Stylesheet'),
        jsBytes: bytes('Script'),
      },
      failedAudits,
      warnings: lhr.runWarnings.map(String),
      diagnostics: {
        benchmarkIndex: lhr.environment.benchmarkIndex,
        mainThreadMs: Math.round(numeric('mainthread-work-breakdown')),
        scriptMs: Math.round(numeric('bootup-time')),
        longTasks: ((lhr.audits['long-tasks']?.details as { items?: LongTaskItem[] } | undefined)?.items ?? [])
          .slice(0, 5)
          .map((t) => ({
            url: t.url ?? '',
            durationMs: Math.round(t.duration ?? 0),
            startMs: Math.round(t.startTime ?? 0),
          })),
      },
      lighthouseVersion: lhr.lighthouseVersion,
      userAgent: lhr.environment.hostUserAgent,
    };
  } finally {
    await browser.close();
  }
}
