/**
 * Engagement rate over several posts: the mean of per-post rates next to the ratio of totals,
 * with why they differ. Collapsed until the visitor asks for it.
 */
import { useState } from 'preact/hooks';
import type { Locale } from '../lib/i18n/locales';
import { bases, type Basis } from '../lib/kpi/metric';
import { evaluatePosts } from '../lib/kpi/posts';
import { makeFormatter, makeT, type Strings } from '../lib/kpi/format';

interface Props {
  lang: Locale;
  strings: Strings;
}

interface Row {
  key: number;
  engagements: string;
  base: string;
}

const blank = (key: number): Row => ({ key, engagements: '', base: '' });

export function KpiPosts({ lang, strings }: Props) {
  const t = makeT(strings, lang);
  const fmt = makeFormatter(lang);
  const [open, setOpen] = useState(false);
  const [basis, setBasis] = useState<Basis>('reach');
  const [rows, setRows] = useState<Row[]>([blank(1), blank(2)]);
  const result = evaluatePosts(rows, lang);
  const nextKey = rows.reduce((max, r) => Math.max(max, r.key), 0) + 1;
  const update = (key: number, patch: Partial<Row>) =>
    setRows(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const pct = (v: number | null) => (v === null ? t('result.na') : fmt(v, 'percent', 'EUR'));
  // The gap as shown (two decimals), and its plural read from the figure shown.
  const gapLine = (gap: number) =>
    t('posts.gap', { gap: fmt(gap, 'decimal', 'EUR'), points: Math.round(gap * 100) / 100 });

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
      {open && (
        <div id="kpi-posts-body">
          <p>{t('posts.intro')}</p>
          <div class="kpi-field">
            <label for="kpi-posts-basis">{t('posts.basis')}</label>
            <select
              id="kpi-posts-basis"
              name="posts-basis"
              value={basis}
              onChange={(e) => setBasis(e.currentTarget.value as Basis)}
            >
              {bases.map((b) => (
                <option key={b} value={b}>
                  {t(`basis.${b}`)}
                </option>
              ))}
            </select>
          </div>
          {rows.map((row, index) => {
            const r = result.rows[index];
            const n = index + 1;
            const base = `kpi-post-${row.key}`;
            const errE = r?.engagements.state === 'error' ? t(`error.${r.engagements.error}`) : '';
            const errB = r?.base.state === 'error' ? t(`error.${r.base.error}`) : '';
            return (
              <fieldset class="kpi-row" key={row.key}>
                <legend>{t('posts.post', { n })}</legend>
                <div class="kpi-field">
                  <label for={`${base}-e`}>{t('posts.engagements', { n })}</label>
                  <input
                    id={`${base}-e`}
                    name={`post-engagements-${n}`}
                    type="text"
                    inputMode="decimal"
                    autoComplete="off"
                    value={row.engagements}
                    aria-invalid={errE ? 'true' : undefined}
                    aria-describedby={errE ? `${base}-e-error` : undefined}
                    onInput={(e) => update(row.key, { engagements: e.currentTarget.value })}
                  />
                  {errE && (
                    <p class="kpi-error" id={`${base}-e-error`}>
                      {errE}
                    </p>
                  )}
                </div>
                <div class="kpi-field">
                  <label for={`${base}-b`}>
                    {t('posts.base', { n })} ({t(`sym.${basis}`)})
                  </label>
                  <input
                    id={`${base}-b`}
                    name={`post-base-${n}`}
                    type="text"
                    inputMode="decimal"
                    autoComplete="off"
                    value={row.base}
                    aria-invalid={errB ? 'true' : undefined}
                    aria-describedby={errB ? `${base}-b-error` : undefined}
                    onInput={(e) => update(row.key, { base: e.currentTarget.value })}
                  />
                  {errB && (
                    <p class="kpi-error" id={`${base}-b-error`}>
                      {errB}
                    </p>
                  )}
                </div>
                <p class="kpi-post-rate">{t('posts.rate', { rate: pct(r?.rate ?? null) })}</p>
                {rows.length > 1 && (
                  <button
                    type="button"
                    class="kpi-remove"
                    onClick={() => setRows(rows.filter((x) => x.key !== row.key))}
                  >
                    {t('posts.remove', { n })}
                  </button>
                )}
              </fieldset>
            );
          })}
          <button type="button" onClick={() => setRows([...rows, blank(nextKey)])}>
            {t('posts.add')}
          </button>
          <dl class="kpi-posts-results">
            <dt id="kpi-posts-mean">{t('posts.mean')}</dt>
            <dd>
              <output
                aria-labelledby="kpi-posts-mean"
                data-posts="mean"
                data-value={result.meanOfRates === null ? undefined : String(result.meanOfRates)}
              >
                {pct(result.meanOfRates)}
              </output>
            </dd>
            <dt id="kpi-posts-ratio">{t('posts.ratio')}</dt>
            <dd>
              <output
                aria-labelledby="kpi-posts-ratio"
                data-posts="ratio"
                data-value={result.ratioOfTotals === null ? undefined : String(result.ratioOfTotals)}
              >
                {pct(result.ratioOfTotals)}
              </output>
            </dd>
          </dl>
          <p role="status">
            {result.meanOfRates === null || result.ratioOfTotals === null
              ? t('posts.hint')
              : gapLine(Math.abs(result.meanOfRates - result.ratioOfTotals))}
          </p>
          <p>{t('posts.explain')}</p>
        </div>
      )}
    </section>
  );
}
