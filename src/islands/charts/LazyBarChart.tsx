/**
 * The bar chart (BarChart.tsx), loaded the first time a calculator has one to draw: it appears
 * only once the visitor adds competitor rows or periods, so the calculator's page does not load
 * it (the tool pages' JavaScript budget). Until it arrives, or if it cannot be fetched, nothing is
 * drawn; the figures stay in the fields and the result.
 */
import { useEffect, useState } from 'preact/hooks';
import type { BarChart, BarChartProps } from './BarChart';

let loaded: typeof BarChart | undefined;

export function LazyBarChart(props: BarChartProps) {
  const [Chart, setChart] = useState(() => loaded);
  useEffect(() => {
    if (Chart) return;
    let live = true;
    import('./BarChart').then(
      (module) => {
        loaded = module.BarChart;
        if (live) setChart(() => module.BarChart);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  return Chart ? <Chart {...props} /> : null;
}
