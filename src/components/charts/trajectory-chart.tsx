import { memo } from 'react';
import { CartesianGrid, Line, LineChart, ReferenceArea, ReferenceLine, Tooltip, XAxis, YAxis, type TooltipContentProps } from 'recharts';
import { horizontalGridLines, noGridLines } from './grid-lines.ts';
import type { Trajectory, TrajectoryRow } from '../../domain/goals.ts';
import { numericAxisWidth } from './axis-width.ts';
import { PlainTick } from './plain-tick.tsx';
import { TRAJECTORY_LINES as LINES } from './trajectory-legend.tsx';

export interface TrajectoryChartProps {
  trajectory: Trajectory;
  yTick: (value: number) => string;
  /** The chart's accessible name, and the id of the sentence that describes it. */
  label: string;
  describedBy: string;
}

/** A point in time's lines with a value, each named: what its tooltip shows. */
function pointLines(row: TrajectoryRow, yTick: (value: number) => string): { key: string; label: string; value: string }[] {
  return LINES.flatMap((l) => {
    const value = row[l.key];
    return value === null ? [] : [{ key: l.key, label: l.label, value: yTick(value) }];
  });
}

/** What a screen reader hears when the keys reach a point: "End of H1 2015. Reported so far 34.7m. Path to the target 40m." */
export function trajectoryPointWords(row: TrajectoryRow, yTick: (value: number) => string): string {
  return [row.label, ...pointLines(row, yTick).map((l) => `${l.label} ${l.value}`)].join('. ') + '.';
}

/**
 * The point in time's lines, each named and valued, in the look of every chart's tooltip
 * (ChartTooltip); `data-x` says which point it is, for what the keyboard reaches.
 */
function TrajectoryTooltip({
  active,
  label,
  rows,
  yTick,
}: Partial<TooltipContentProps> & { rows: readonly TrajectoryRow[]; yTick: (value: number) => string }) {
  const row = rows.find((r) => r.x === Number(label));
  if (!active || !row) return null;
  return (
    <div className="chart-tooltip" data-x={row.x}>
      <div className="chart-tooltip__title">{row.label}</div>
      {pointLines(row, yTick).map((l) => (
        <div key={l.key} className="point-details__head">
          <span className="point-details__series">{l.label}</span> <strong>{l.value}</strong>
        </div>
      ))}
    </div>
  );
}

/**
 * Cumulative progress through a goal's period against the straight path to its target: the plot
 * only. Its legend (TrajectoryLegend) is drawn beside it at once, so the box that holds the
 * plot's place until it is drawn has the plot's height.
 */
export const TrajectoryChart = memo(function TrajectoryChart({ trajectory, yTick, label, describedBy }: TrajectoryChartProps) {
  return (
    <LineChart
      aria-label={label}
      aria-describedby={describedBy}
      responsive
      style={{ width: '100%', height: 220 }}
      data={trajectory.rows as TrajectoryRow[]}
      margin={{ top: 16, right: 40, bottom: 4, left: 8 }}
    >
      <CartesianGrid stroke="var(--grid)" vertical={false} horizontalCoordinatesGenerator={horizontalGridLines} verticalCoordinatesGenerator={noGridLines} />
      {trajectory.targetHigh !== undefined ? (
        <ReferenceArea y1={trajectory.target} y2={trajectory.targetHigh} fill="var(--c-vermillion)" fillOpacity={0.08} ifOverflow="extendDomain" />
      ) : null}
      <ReferenceLine
        y={trajectory.target}
        stroke="var(--c-vermillion)"
        label={{ value: `Target ${yTick(trajectory.target)}`, position: 'insideTopLeft', className: 'gap-label band-label' }}
      />
      <XAxis
        interval={0}
        type="number"
        dataKey="x"
        domain={[0, 1]}
        ticks={trajectory.rows.map((r) => r.x)}
        // Short enough for a phone: the period's start and end, and the part-period the figure covers.
        tickFormatter={(x: number) => (x === 0 ? 'Start' : x === 1 ? 'End' : (trajectory.rows.find((r) => r.x === x)?.label.replace(/^End of /, '') ?? ''))}
        tick={<PlainTick fill="var(--text-muted)" fontSize={12} edgeAligned />}
      />
      <YAxis
        interval={0}
        domain={[0, 'auto']}
        tickFormatter={yTick}
        width={numericAxisWidth(Math.max(trajectory.targetHigh ?? trajectory.target, ...trajectory.rows.map((r) => r.pace ?? 0)), yTick, 12)}
        tick={<PlainTick fill="var(--text-muted)" fontSize={12} />}
      />
      <Tooltip content={<TrajectoryTooltip rows={trajectory.rows} yTick={yTick} />} isAnimationActive={false} />
      {LINES.map((l) => (
        <Line
          key={l.key}
          dataKey={l.key}
          stroke={l.color}
          strokeWidth={l.width}
          strokeDasharray={l.dash}
          // Whole dots: the line's dash pattern would notch their edges.
          dot={{ r: 4, fill: l.color, strokeDasharray: 'none' }}
          connectNulls={false}
          isAnimationActive={false}
        />
      ))}
    </LineChart>
  );
});
