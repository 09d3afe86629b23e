import { useOffset, usePlotArea, useXAxisTicks } from 'recharts';
import type { ChartRow } from '../../domain/plot.ts';

/**
 * An unseen column for each period, from the top of the chart to the foot of its axis label: a tap
 * or click there that misses every mark (an empty slot, the air above a bar, a year's label)
 * still says which period it meant, and ChartFrame shows that period's details. Render as a child
 * of a chart with the periods on its x axis, before the marks; each column reaches halfway to its
 * neighbours' ticks, which fits a band axis and a padded point axis alike.
 */
export function PeriodColumns({ rows }: { rows: readonly ChartRow[] }) {
  const plot = usePlotArea();
  const offset = useOffset();
  const ticks = useXAxisTicks();
  if (!plot || !offset || !ticks?.length) return null;
  const left = plot.x;
  const right = plot.x + plot.width;
  const bottom = plot.y + plot.height + offset.bottom;
  const xs = ticks.map((t) => t.coordinate);
  return (
    <g className="period-columns" aria-hidden="true">
      {ticks.map((tick, i) => {
        const row = rows[tick.index];
        if (!row) return null;
        const x0 = i === 0 ? left : (xs[i - 1]! + xs[i]!) / 2;
        const x1 = i === xs.length - 1 ? right : (xs[i]! + xs[i + 1]!) / 2;
        return <rect key={row.key} className="period-column" data-row={row.key} x={x0} y={0} width={Math.max(0, x1 - x0)} height={bottom} fill="transparent" />;
      })}
    </g>
  );
}
