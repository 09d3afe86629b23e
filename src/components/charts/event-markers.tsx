import { ReferenceLine, usePlotArea } from 'recharts';
import type { ChartRow } from '../../domain/plot.ts';

/** Where the flags stand: just above the plot, or along the foot of it. */
type FlagPlace = 'above' | 'foot';

interface FlagProps {
  viewBox?: { x?: number; y?: number; height?: number };
  /** The period's row, which a click or tap on the flag chooses (ChartFrame). */
  rowKey: string;
  /** The period has marks of its own; without them, its whole column takes the tap. */
  hasMarks: boolean;
  count: number;
  /** Periods on the axis: the count is written only where a period has room for it. */
  periods: number;
  place: FlagPlace;
}

/**
 * A small diamond just above the plot, or at its foot, with the number of events in that period.
 * The flag is a target for a click or tap, and so is the whole column of a period with events and
 * no bar or marker to press; where there are marks, they stay the targets.
 */
function EventFlag({ viewBox, rowKey, hasMarks, count, periods, place }: FlagProps) {
  const plot = usePlotArea();
  const x = viewBox?.x ?? 0;
  const y = place === 'above' ? (viewBox?.y ?? 0) - 12 : (viewBox?.y ?? 0) + (viewBox?.height ?? 0) - 16;
  const room = plot ? plot.width / Math.max(1, periods) : Infinity;
  const width = Math.min(room, 28);
  const hit = !plot
    ? null
    : hasMarks
      ? { x: x - width / 2, y: y - 4, width, height: 20 }
      : { x: x - room / 2, y: Math.min(y - 4, plot.y), width: room, height: plot.y + plot.height - Math.min(y - 4, plot.y) };
  return (
    <g className="event-flag" aria-hidden="true">
      {hit ? <rect className="event-flag__hit" data-row={rowKey} {...hit} fill="transparent" /> : null}
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
        label={<EventFlag rowKey={r.key} hasMarks={Object.values(r.points).some(Boolean)} count={r.events?.length ?? 0} periods={rows.length} place={flags} />}
      />
    ));
}
