/**
 * A small horizontal bar chart in SVG, with a table of the same figures and a one-line text
 * alternative. No inline styles (CSP): sizes are SVG attributes, colours come from CSS classes.
 */
export interface Bar {
  label: string;
  value: number;
  /** The value as shown (formatted in the page's locale). */
  display: string;
  /** Highlighted bar (the visitor's brand). */
  strong?: boolean;
}

export interface BarChartProps {
  /** Unique id prefix for the SVG's title and description. */
  id: string;
  title: string;
  /** Text alternative: every figure in one sentence. */
  summary: string;
  bars: Bar[];
  /** Column headers of the table: label, value. */
  columns: [string, string];
  /** Extra column (e.g. mentions next to shares). */
  extra?: { header: string; cells: string[] };
}

const WIDTH = 320;
const LABEL = 110;
const ROW = 26;

export function BarChart({ id, title, summary, bars, columns, extra }: BarChartProps) {
  const max = Math.max(...bars.map((b) => Math.abs(b.value)), 0);
  const room = WIDTH - LABEL - 70;
  const height = bars.length * ROW + 4;
  return (
    <figure class="kpi-chart">
      <figcaption id={`${id}-title`}>{title}</figcaption>
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        width="100%"
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        focusable="false"
      >
        <desc id={`${id}-desc`}>{summary}</desc>
        {bars.map((bar, index) => {
          const y = index * ROW + 4;
          const w = max > 0 ? Math.max((Math.abs(bar.value) / max) * room, bar.value ? 1 : 0) : 0;
          const label = bar.label.length > 16 ? `${bar.label.slice(0, 15)}…` : bar.label;
          return (
            <g key={index}>
              <text x={LABEL - 6} y={y + 14} text-anchor="end" fill="currentColor" font-size="12">
                {label}
              </text>
              <rect x={LABEL} y={y} width={w} height={ROW - 8} rx="2" class={bar.strong ? 'bar bar-strong' : 'bar'} />
              <text x={LABEL + w + 4} y={y + 14} fill="currentColor" font-size="12">
                {bar.display}
              </text>
            </g>
          );
        })}
      </svg>
      <table class="kpi-table">
        <thead>
          <tr>
            <th scope="col">{columns[0]}</th>
            {extra && <th scope="col">{extra.header}</th>}
            <th scope="col">{columns[1]}</th>
          </tr>
        </thead>
        <tbody>
          {bars.map((bar, index) => (
            <tr key={index}>
              <th scope="row">{bar.label}</th>
              {extra && <td>{extra.cells[index]}</td>}
              <td>{bar.display}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
