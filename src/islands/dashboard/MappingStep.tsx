/**
 * Step 2, per file: the questions the file leaves open (the order of slash dates, the currency of
 * the costs) and the list of its columns, each mapped to a field or ignored.
 */
import { useState } from 'preact/hooks';
import type { FieldId, NetworkId } from '../../lib/dashboard/fields';
import type { KnownCurrency } from '../../lib/dashboard/currency';
import type { ReadingView as Reading } from '../../lib/dashboard/figures';
import type { DashboardState, FileEntry } from './useDashboard';
import type { View } from './view';

interface Props {
  view: View;
  dash: DashboardState;
  file: FileEntry;
  reading: Reading | undefined;
}

/** The first slash date of the date column, shown in the question. */
function dateExample(view: View, f: FileEntry): string {
  const { table, layout, mapping } = f;
  const dateCol = mapping ? mapping.columns.indexOf('date') : -1;
  if (!table || !layout || dateCol < 0) return '';
  const rows = table.rows.slice(layout.headerRow + 1);
  return rows.find((r) => view.engine?.readDateCell(r[dateCol] ?? '')?.shape === 'slash')?.[dateCol] ?? '';
}

export function DateQuestion({ view, dash, file: f, reading }: Props) {
  const { t } = view;
  const mapping = f.mapping;
  if (!reading?.askDateOrder || !mapping) return null;
  return (
    <fieldset class="dash-dates" role="group">
      <legend>
        {reading.askDateOrder === 'conflict'
          ? t('dates.conflict', { name: f.name })
          : t('dates.question', { name: f.name, example: dateExample(view, f) })}
      </legend>
      {(['dmy', 'mdy'] as const).map((order) => (
        <label class="choice" key={order}>
          <input
            type="radio"
            name={`dash-order-${f.key}`}
            value={order}
            checked={mapping.dateOrder === order}
            onChange={() => dash.setMapping(f, { dateOrder: order })}
          />{' '}
          {t(`dates.${order}`)}
        </label>
      ))}
    </fieldset>
  );
}

/** The costs' currency, asked when the file does not say it (never guessed: the links carry it). */
export function CurrencyQuestion({ view, dash, file: f, reading }: Props) {
  const { t } = view;
  if (!reading?.askCurrency || !view.engine) return null;
  const id = `dash-currency-${f.key}`;
  return (
    <p class="dash-currency">
      <label for={id}>{t(`currency.${reading.askCurrency}`, { name: f.name })}</label>{' '}
      <select
        id={id}
        value={reading.currency ?? ''}
        onChange={(event) => {
          const code = event.currentTarget.value;
          if (code) dash.setCurrency(f, code as KnownCurrency);
        }}
      >
        <option value="">{t('currency.choose')}</option>
        {view.engine.CURRENCIES.map((code) => (
          <option key={code} value={code}>
            {code}
          </option>
        ))}
      </select>
    </p>
  );
}

function ColumnRows({ view, dash, file: f }: Props) {
  const { t, engine } = view;
  const { table, layout, mapping } = f;
  if (!layout || !mapping) return null;
  const sample = table ? (table.rows[layout.headerRow + 1] ?? []) : [];
  const fieldOptions: (FieldId | null)[] = engine ? [null, ...engine.fieldIds] : [];
  return (
    <tbody>
      {layout.headers.map((header, i) => {
        const selectId = `dash-map-${f.key}-${i}`;
        const certainty = layout.detected[i]?.certainty;
        const changed = mapping.columns[i] !== layout.detected[i]?.field;
        return (
          <tr key={i}>
            <th scope="row">
              <label for={selectId}>{header || `#${i + 1}`}</label>
            </th>
            <td class="dash-sample">{(sample[i] ?? '').slice(0, 40)}</td>
            <td>
              <select
                id={selectId}
                value={mapping.columns[i] ?? ''}
                onChange={(event) => {
                  const value = (event.currentTarget.value || null) as FieldId | null;
                  const columns = mapping.columns.map((c, j) =>
                    j === i ? value : c === value && value !== null ? null : c,
                  );
                  dash.setMapping(f, { columns });
                }}
              >
                {fieldOptions.map((field) => (
                  <option key={field ?? ''} value={field ?? ''}>
                    {field ? t(`field.${field}`) : t('map.ignore')}
                  </option>
                ))}
              </select>
              {certainty && !changed && <span class="dash-note"> {t(`map.certainty.${certainty}`)}</span>}
            </td>
          </tr>
        );
      })}
    </tbody>
  );
}

function MappingBody(props: Props) {
  const { view, dash, file: f } = props;
  const { t } = view;
  const mapping = f.mapping;
  if (!mapping) return null;
  return (
    <>
      <div class="dash-table" role="region" aria-label={t('map.title', { name: f.name })} tabIndex={0}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('map.column')}</th>
              <th scope="col">{t('map.example')}</th>
              <th scope="col">{t('map.field')}</th>
            </tr>
          </thead>
          <ColumnRows {...props} />
        </table>
      </div>
      {!mapping.columns.includes('network') && (
        <p>
          <label for={`dash-net-${f.key}`}>{t('map.network')}</label>{' '}
          <select
            id={`dash-net-${f.key}`}
            value={mapping.network}
            onChange={(event) => dash.setMapping(f, { network: event.currentTarget.value as NetworkId })}
          >
            {view.engine?.networkIds.map((n) => (
              <option key={n} value={n}>
                {t(`network.${n}`)}
              </option>
            ))}
          </select>
        </p>
      )}
      {!f.sure && (
        <button type="button" onClick={() => dash.update(f.key, { sure: true })}>
          {t('map.apply')}
        </button>
      )}
    </>
  );
}

export function MappingStep(props: Props) {
  const { view, file: f, reading } = props;
  // The visitor's opening or closing of the list is this component's own state: toggling it
  // re-renders the list alone, not the whole dashboard (the totals, the other files).
  const [open, setOpen] = useState<boolean | null>(null);
  if (!f.layout || !f.mapping) return null;
  const mapOpen = open ?? (!f.sure || Boolean(reading?.noMetric));
  return (
    <details
      class="dash-map"
      open={mapOpen}
      onToggle={(event) => {
        const now = event.currentTarget.open;
        if (now !== mapOpen) setOpen(now);
      }}
    >
      <summary>{view.t('map.title', { name: f.name })}</summary>
      {/* Rendered only when open: a file of 30 columns is 30 lists of 15 choices. */}
      {mapOpen && <MappingBody {...props} />}
    </details>
  );
}
