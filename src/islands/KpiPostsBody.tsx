/**
 * The open part of the several-posts block (KpiPosts.tsx): the basis, one row per post, the mean
 * of per-post rates next to the ratio of totals, and why they differ. Loaded the first time the
 * visitor opens the block; its figures stay in KpiPosts, so closing and opening keeps them.
 */
import type { Locale } from '../lib/i18n/locales';
import { bases, type Basis } from '../lib/kpi/metric';
import { evaluatePosts } from '../lib/kpi/posts';
import { makeFormatter, makeT, type Strings } from '../lib/kpi/format';
import type { Row } from './KpiPosts';

interface Props {
  lang: Locale;
  strings: Strings;
  basis: Basis;
  setBasis: (basis: Basis) => void;
  rows: Row[];
  setRows: (rows: Row[]) => void;
}

// eslint-disable-next-line max-lines-per-function -- one editable table: its rows, the basis choice and the two averages side by side
export function KpiPostsBody({ lang, strings, basis, setBasis, rows, setRows }: Props) {
  const t = makeT(strings, lang);
  const fmt = makeFormatter(lang);
  const result = evaluatePosts(rows, lang);
  // The gap as shown (two decimals), and its plural read from the figure shown.
  const gapLine = (gap: number) =>
    t('posts.gap', { gap: fmt(gap, 'decimal', 'EUR'), points: Math.round(gap * 100) / 100 });
  const nextKey = rows.reduce((max, r) => Math.max(max, r.key), 0) + 1;
  const update = (key: number, patch: Partial<Row>) =>
    setRows(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const pct = (v: number | null) => (v === null ? t('result.na') : fmt(v, 'percent', 'EUR'));

  return (
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
              <button type="button" class="kpi-remove" onClick={() => setRows(rows.filter((x) => x.key !== row.key))}>
                {t('posts.remove', { n })}
              </button>
            )}
          </fieldset>
        );
      })}
      <button type="button" onClick={() => setRows([...rows, { key: nextKey, engagements: '', base: '' }])}>
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
  );
}
