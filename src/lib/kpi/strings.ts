/**
 * The strings a calculator island needs: every `kpi.*` string of the locale except the other
 * KPIs' names, descriptions and sentences, keyed without the `kpi.` prefix.
 */
import { pick, type Locale } from '../i18n';
import { kpiIds, type KpiId } from './definitions';

export function kpiStrings(lang: Locale, id: KpiId): Record<string, string> {
  const others = kpiIds.filter((other) => other !== id).map((other) => `${other}.`);
  return Object.fromEntries(
    Object.entries(pick(lang, 'kpi.')).filter(
      ([key]) => !others.some((prefix) => key.startsWith(prefix)) && !key.startsWith('index.'),
    ),
  );
}
