/**
 * The strings a calculator island needs: every `kpi.*` string of the locale except the other
 * KPIs' names, descriptions and sentences, keyed without the `kpi.` prefix.
 */
import { pick, type Locale } from '../i18n';
import { compileMessages, type Compiled } from '../i18n/translate';
import { kpiIds, kpis, type KpiDef, type KpiId } from './definitions';

export function kpiStrings(lang: Locale, id: KpiId): Record<string, string> {
  const others = kpiIds.filter((other) => other !== id).map((other) => `${other}.`);
  return Object.fromEntries(
    Object.entries(pick(lang, 'kpi.')).filter(
      ([key]) => !others.some((prefix) => key.startsWith(prefix)) && !key.startsWith('index.'),
    ),
  );
}

/**
 * The props of a calculator island, built by the page: its KPI's definition (plain data, so the
 * island bundles no other KPI's), the locale and the strings, compiled (the island fills them
 * without the translator's parser).
 */
export function kpiProps(lang: Locale, id: KpiId): { def: KpiDef; lang: Locale; strings: Record<string, Compiled> } {
  return { def: kpis[id], lang, strings: compileMessages(kpiStrings(lang, id)) };
}
