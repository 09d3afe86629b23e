import { ReferenceLine, usePlotArea } from 'recharts';
import type { ChartRow } from '../../domain/plot.ts';

/** Where the flags stand: just above the plot, or along the foot of it. */
type FlagPlace = 'above' | 'foot';

interface FlagProps {
  viewBox?: { x?: number; y?: number; height?: number };
  count: number;
  /** Periods on the axis: the count is written only where a period has room for it. */
  periods: number;
  place: FlagPlace;
}

/**
 * A small diamond just above the plot, or at its foot, with the number of events in that period.
 * A tap on it reaches the period's column (PeriodColumns), which shows the period and its events.
 */
function EventFlag({ viewBox, count, periods, place }: FlagProps) {
  const plot = usePlotArea();
  const x = viewBox?.x ?? 0;
  const y = place === 'above' ? (viewBox?.y ?? 0) - 12 : (viewBox?.y ?? 0) + (viewBox?.height ?? 0) - 16;
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
 * A bar chart puts the flags in its top margin, over the bars and clear of the value label of a
 * bar near the top. A rank chart puts them at the foot of its plot, in room kept below its worst
 * rank: No. 1's markers and labels take the top.
 */
export function eventMarkers(rows: readonly ChartRow[], flags: FlagPlace) {
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
        label={<EventFlag count={r.events?.length ?? 0} periods={rows.length} place={flags} />}
      />
    ));
}
