/**
 * What the dashboard's components share: the engine's type, the string lookup and the formatters
 * built from it. (A local `{placeholder}` helper rather than src/lib/i18n/translate: a module
 * imported by two islands becomes a chunk of its own and grows the other pages' budgets;
 * docs/ARCHITECTURE.md, "The dashboard of exports".)
 */
import type { NetworkId } from '../../lib/dashboard/fields';
import type { Locale } from '../../lib/i18n/locales';
import type { KpiId } from '../../lib/kpi/ids';
import { dayOf } from '../../lib/days';

export type Engine = typeof import('../../lib/dashboard/engine');
export type Strings = Record<string, string>;
export type Lang = Locale;

export function interpolate(text: string, vars: Record<string, string | number> = {}): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** The visitor's day of a save (`savedAt` is a UTC moment: at 00:30 in Paris its UTC day is the day before). */
export function dayOfSave(savedAt: string): string {
  return dayOf(new Date(savedAt)) ?? savedAt.slice(0, 10);
}

export function localStore(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/**
 * Downloads a file made in the page. (The audit has the same few lines; importing them from its
 * store would split a shared chunk off and grow its page's budget.)
 */
export function download(name: string, type: string, content: string | ArrayBuffer): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Strings and formatters of one render: built by `makeView` from the island's props and state. */
export interface View {
  lang: Lang;
  engine: Engine | null;
  /** The calculators' paths: `/fr/tools/` */
  toolsPath: string;
  t: (key: string, vars?: Record<string, string | number>) => string;
  kpiName: (kpi: KpiId) => string;
  basisName: (basis?: string) => string;
  /** A KPI with its basis: `Taux d’engagement · par portée`. */
  kpiLabel: (kpi: KpiId, basis?: string) => string;
  networkName: (network: NetworkId | null) => string;
  formatDay: (day: string) => string;
  monthName: (month: string) => string;
  fmtCount: (n: number) => string;
  /** A KPI's value; amounts in the costs' currency (a plain number while it is unknown or mixed). */
  fmtKpi: (kpi: KpiId, value: number) => string;
  /** `\u00a0: ` in French, `: ` in English. */
  colon: string;
  semicolon: string;
}

/** What the island is given by its page. */
export interface ViewProps {
  lang: Lang;
  strings: Strings;
  kpiStrings: Strings;
  toolsPath: string;
}

export function makeView(
  { lang, strings, kpiStrings, toolsPath }: ViewProps,
  engine: Engine | null,
  currency: string | null,
): View {
  const t = (key: string, vars?: Record<string, string | number>) => interpolate(strings[key] ?? key, vars);
  const kpiName = (kpi: KpiId) => kpiStrings[`kpi.${kpi}.name`] ?? kpi;
  const basisName = (basis?: string) => (basis ? (kpiStrings[`kpi.basis.${basis}`] ?? basis) : '');
  return {
    lang,
    engine,
    toolsPath,
    t,
    kpiName,
    basisName,
    kpiLabel: (kpi, basis) => (basis ? `${kpiName(kpi)} · ${basisName(basis).toLowerCase()}` : kpiName(kpi)),
    networkName: (n) => (n ? t(`network.${n}`) : t('results.all')),
    formatDay: (day) => {
      const [y, m, d] = day.split('-');
      return lang === 'fr' ? `${d}/${m}/${y}` : day;
    },
    monthName: (month) => {
      const [y, m] = month.split('-');
      return lang === 'fr' ? `${m}/${y}` : month;
    },
    fmtCount: (n) => (engine ? engine.formatCount(n, lang) : String(n)),
    fmtKpi: (kpi, value) => (engine ? engine.formatKpi(kpi, value, lang, currency) : String(value)),
    colon: lang === 'fr' ? '\u00a0: ' : ': ',
    semicolon: lang === 'fr' ? '\u00a0; ' : '; ',
  };
}
