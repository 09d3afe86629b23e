import { ReferenceLine, usePlotArea } from 'recharts';
import type { ChartRow } from '../../domain/plot.ts';

interface FlagProps {
  viewBox?: { x?: number; y?: number };
  count: number;
  /** Periods on the axis: the count is written only where a period has room for it. */
  periods: number;
  above: boolean;
}

/** A small diamond at the top of the plot, or just above it, with the number of events in that period. */
function EventFlag({ viewBox, count, periods, above }: FlagProps) {
  const plot = usePlotArea();
  const x = viewBox?.x ?? 0;
  const y = (viewBox?.y ?? 0) - (above ? 12 : 0);
  const room = plot ? plot.width / Math.max(1, periods) : Infinity;
  return (
    <g className="event-flag" aria-hidden="true">
      <path d={`M${x},${y - 2} l6,6 l-6,6 l-6,-6 z`} />
      {count > 1 && room >= 28 ? (
        <text x={x + 9} y={y + 8} className="event-flag__count">
          {count}
        </text>
      ) : null}
    </g>
  );
}

/**
 * Dotted lines marking periods with events; the tooltip lists them. Render as a child of a chart.
 * `flagsAbove` puts the flags in the chart's top margin: over bars, clear of the value label of a
 * bar near the top of a short plot. A rank chart keeps them in the plot, where No. 1's labels
 * take the margin.
 */
export function eventMarkers(rows: readonly ChartRow[], { flagsAbove = false }: { flagsAbove?: boolean } = {}) {
  return rows
    .filter((r) => r.events?.length)
    .map((r) => (
      <ReferenceLine
        key={`event-${r.key}`}
        x={r.label}
        className="event-line"
        stroke="var(--c-purple)"
        strokeDasharray="2 4"
        strokeWidth={1.5}
        label={<EventFlag count={r.events?.length ?? 0} periods={rows.length} above={flagsAbove} />}
      />
    ));
}
