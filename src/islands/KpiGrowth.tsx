/**
 * Audience growth over several periods: the start and end fields are the first two points;
 * the visitor adds the audience at the end of each following period. Drawn as a small chart,
 * with a table and a text alternative.
 */
import { useState } from 'preact/hooks';
import type { Locale } from '../lib/i18n/locales';
import type { Param } from '../lib/kpi/metric';
import { makeT, type Strings } from '../lib/kpi/format';
import { lazyPart } from './lazy';

/** An added period: its key and the audience as typed. */
export interface Point {
  key: number;
  text: string;
}

/** The periods' fields and chart (KpiGrowthBody.tsx) load when the visitor adds a first period. */
const useBody = lazyPart(() => import('./KpiGrowthBody'));

interface Props {
  lang: Locale;
  strings: Strings;
  texts: Partial<Record<Param, string>>;
}

export function KpiGrowth({ lang, strings, texts }: Props) {
  const t = makeT(strings, lang);
  const [extra, setExtra] = useState<Point[]>([]);
  const nextKey = extra.reduce((max, p) => Math.max(max, p.key), 0) + 1;
  const Body = useBody(extra.length > 0);
  const props = { lang, strings, texts, extra, setExtra };

  return (
    <fieldset class="kpi-extra">
      <legend>{t('growth.title')}</legend>
      <p>{t('growth.intro')}</p>
      {Body && <Body.GrowthPoints {...props} />}
      <button type="button" onClick={() => setExtra([...extra, { key: nextKey, text: '' }])}>
        {t('growth.add')}
      </button>
      {Body && <Body.GrowthChart {...props} />}
    </fieldset>
  );
}
