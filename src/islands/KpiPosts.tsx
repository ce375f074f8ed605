/**
 * Engagement rate over several posts: the mean of per-post rates next to the ratio of totals,
 * with why they differ. Collapsed until the visitor asks for it: the open part
 * (KpiPostsBody.tsx) loads the first time they do. Its figures are kept here.
 */
import { useState } from 'preact/hooks';
import type { Locale } from '../lib/i18n/locales';
import type { Basis } from '../lib/kpi/metric';
import { makeT, type Strings } from '../lib/kpi/format';
import { lazyPart } from './lazy';

const useBody = lazyPart(() => import('./KpiPostsBody').then((module) => module.KpiPostsBody));

interface Props {
  lang: Locale;
  strings: Strings;
}

export interface Row {
  key: number;
  engagements: string;
  base: string;
}

const blank = (key: number): Row => ({ key, engagements: '', base: '' });

export function KpiPosts({ lang, strings }: Props) {
  const t = makeT(strings, lang);
  const [open, setOpen] = useState(false);
  const [basis, setBasis] = useState<Basis>('reach');
  const [rows, setRows] = useState<Row[]>([blank(1), blank(2)]);
  const Body = useBody(open);

  return (
    <section class="kpi-extra kpi-posts" aria-labelledby="kpi-posts-title">
      <h2 id="kpi-posts-title">
        <button
          type="button"
          aria-expanded={open ? 'true' : 'false'}
          aria-controls="kpi-posts-body"
          onClick={() => setOpen(!open)}
        >
          {t('posts.toggle')}
        </button>
      </h2>
      {open && Body && (
        <Body lang={lang} strings={strings} basis={basis} setBasis={setBasis} rows={rows} setRows={setRows} />
      )}
    </section>
  );
}
