import type { DimensionScore } from '../../lib/audit/scoring';

interface Props {
  scores: DimensionScore[];
  labels: Record<string, string>;
  title: string;
  desc: string;
  format: (percent: number) => string;
  /** `narrow`: each label above its bar, for phones (the stylesheet shows one layout or the other). */
  layout?: 'wide' | 'narrow';
}

const ROW = 30;
const LABEL_W = 250;
const BAR_W = 300;
const VALUE_W = 60;
const TOP = 18;

/**
 * Horizontal bars, one per dimension, with the 50 % and 80 % thresholds drawn. Colours come
 * from the stylesheet (classes by level), so dark mode and print work. The table beside it
 * holds the same values for screen readers and for print.
 */
export function Bars({ scores, labels, title, desc, format, layout = 'wide' }: Props) {
  const narrow = layout === 'narrow';
  // Narrow: 360 units wide shown about 350 px wide on a phone, so text keeps its size.
  const row = narrow ? ROW + 18 : ROW;
  const labelW = narrow ? 0 : LABEL_W;
  const height = TOP + scores.length * row + 4;
  const width = labelW + BAR_W + VALUE_W;
  const x = (p: number) => labelW + (BAR_W * p) / 100;
  const id = `audit-bars-${layout}`;
  return (
    <svg
      class={`audit-bars audit-bars-${layout}`}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{desc}</desc>
      {[0, 50, 80, 100].map((p) => (
        <g key={p}>
          <line
            x1={x(p)}
            x2={x(p)}
            y1={TOP - 4}
            y2={height}
            class="audit-bars-grid"
            stroke-dasharray={p === 0 ? undefined : '3 3'}
          />
          <text x={x(p)} y={TOP - 7} text-anchor="middle" class="audit-bars-tick">
            {p}
          </text>
        </g>
      ))}
      {scores.map((s, i) => {
        const y = TOP + i * row + (narrow ? 18 : 0);
        return (
          <g key={s.id}>
            <text
              x={narrow ? 0 : LABEL_W - 8}
              y={narrow ? y - 2 : y + ROW / 2 + 4}
              text-anchor={narrow ? 'start' : 'end'}
              class="audit-bars-label"
            >
              {labels[s.id] ?? s.id}
            </text>
            <rect
              x={labelW}
              y={y + 6}
              width={Math.max((BAR_W * s.percent) / 100, 1)}
              height={ROW - 12}
              class={`audit-bar audit-bar-${s.level}`}
            />
            <text x={x(100) + 6} y={y + ROW / 2 + 4} class="audit-bars-value">
              {format(s.percent)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
