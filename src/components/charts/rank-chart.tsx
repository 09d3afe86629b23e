import { rankTicks } from './value-axis.ts';
import { axisWidth } from './axis-width.ts';
import { memo } from 'react';
import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis, type DotItemDotProps } from 'recharts';
import { horizontalGridLines, noGridLines } from './grid-lines.ts';
import type { ChartRow } from '../../domain/plot.ts';
import { ChartTooltip } from './chart-tooltip.tsx';
import { PlainTick } from './plain-tick.tsx';
import { eventMarkers } from './event-markers.tsx';
import { PeriodColumns } from './period-columns.tsx';
import { CategoryTick, periodAxisLabels } from './category-tick.tsx';
import { labelWidth, useChartType } from './bar-label.tsx';
import { placeMarker } from './marks.ts';
import { LABELLED_MARKS } from '../../domain/limits.ts';

import { SeriesMarker } from './series-marker.tsx';
import { colorVar, type SeriesStyle } from './series-style.ts';

export interface RankChartProps {
  rows: readonly ChartRow[];
  series: readonly SeriesStyle[];
  /** Largest rank to show; the axis runs from this (bottom) to No. 1 (top). */
  worstRank: number;
  /** Pixels, or a CSS length such as '100%' to fill a sized container (slides). */
  height?: number | string;
  /** Larger type for slides. */
  large?: boolean;
  /** Id of the element describing the chart (its takeaway line). */
  describedBy?: string;
  /** The chart's accessible name. */
  label?: string;
}

/**
 * Labels stacked over one point are this far apart: value labels are 12 px on the page and up to
 * 24 px on slides (presentation.css), with room for their halo.
 */
const LABEL_LINE = { page: 15, slide: 28 } as const;

/** Between two labels side by side, at the page's 12 px: their halos (3.3 px each) and a space. */
const LABEL_GAP = 10;

function dot(s: SeriesStyle, labelled: boolean, seriesIds: readonly string[], labelScale: number, large: boolean) {
  // On a slide the markers grow with the type as far as their neighbours allow (placeMarker),
  // and their labels stand clear of them.
  const grow = large ? 1.6 : 1;
  return function RankDot(props: DotItemDotProps) {
    const { cx, cy } = props;
    const payload = props.payload as ChartRow | undefined;
    const point = payload?.points[s.id];
    if (cx === undefined || cy === undefined || !payload || !point) return <g key={`${s.id}-${String(cx)}`} />;
    // recharts passes every point of the line: their spacing is the room a marker has.
    const [first, second] = props.points ?? [];
    const room = first?.x != null && second?.x != null ? Math.abs(second.x - first.x) : Infinity;
    const place = placeMarker(payload, s.id, seriesIds, room, grow);
    // Where labels are wider than the room between points, a rank is written where it changes,
    // and at the line's end where that clears the label written before it (a tap or the table
    // gives every one).
    const at = props.index ?? 0;
    const rows = (props.points ?? []).map((p) => p.payload as ChartRow | undefined);
    const short = (i: number) => rows[i]?.points[s.id]?.short;
    // A label's width with a gap to the next one past both halos: "No. 1" beside "No. 1" 2.6 px
    // apart read as one word on a phone.
    const width = labelWidth(point.short, labelScale) + LABEL_GAP * labelScale;
    let runStart = at;
    while (runStart > 0 && short(runStart - 1) === point.short) runStart -= 1;
    const written = width <= room || runStart === at || (at === rows.length - 1 && (at - runStart) * room >= width);
    return (
      <g key={`${s.id}-${payload.key}`} className="rank-dot" data-series={s.id} data-kind={point.observation.kind} data-row={payload.key}>
        {/* A tap target larger than the marker. */}
        <circle className="hit-area" cx={cx} cy={cy} r={14} fill="transparent" />
        <SeriesMarker
          cx={cx + place.dx}
          cy={cy}
          shape={s.marker ?? 'circle'}
          color={colorVar(s.color)}
          hollow={s.role === 'target' || point.observation.kind !== 'reported'}
          scale={place.scale}
        />
        {labelled && written && place.labelLine !== null ? (
          <text
            x={cx}
            y={cy - 11 * Math.max(1, place.scale) - place.labelLine * LABEL_LINE[large ? 'slide' : 'page']}
            textAnchor="middle"
            className="bar-label"
          >
            {point.short}
          </text>
        ) : null}
      </g>
    );
  };
}

/** Ranks over time with No. 1 at the top; missing periods break the line rather than bridging it (the caption names them). */
/** Room for each rank the axis shows (No. 1 to the worst, two at least), up to the height of the other charts. */
const rankLabel = (n: number) => `No. ${n}`;

const rankChartHeight = (worstRank: number) => Math.min(300, 120 + 45 * Math.max(2, worstRank));

export const RankChart = memo(function RankChart({
  rows,
  series,
  worstRank,
  height = rankChartHeight(worstRank),
  large = false,
  describedBy,
  label,
}: RankChartProps) {
  const valueIds = series.filter((s) => s.role === 'value').map((s) => s.id);
  const axisLabels = periodAxisLabels(rows, valueIds, 'points');
  const allIds = series.map((s) => s.id);
  const { labelScale, tickSize } = useChartType(large);
  const ticks = rankTicks(worstRank);
  const rankLabels = ticks.map(rankLabel);
  // Room beside the first and last points for their labels ("No. 3"), which are wider than the points.
  const edge = large ? Math.ceil(Math.max(...rankLabels.map((t) => labelWidth(t, labelScale))) / 2) + 8 : 24;
  return (
    <LineChart
      responsive
      className={large ? 'chart-surface--large' : undefined}
      style={{ width: '100%', height }}
      data={rows as ChartRow[]}
      margin={large ? { top: 44, right: 32, bottom: 8, left: 8 } : { top: 24, right: 16, bottom: 8, left: 0 }}
      aria-describedby={describedBy}
      aria-label={label}
    >
      <CartesianGrid vertical={false} stroke="var(--grid)" horizontalCoordinatesGenerator={horizontalGridLines} verticalCoordinatesGenerator={noGridLines} />
      {eventMarkers(rows, 'foot')}
      <PeriodColumns rows={rows} />
      <XAxis
        dataKey="label"
        interval={0}
        // A slot for a run of empty periods is labelled on two lines, 2.3 em with their descenders.
        height={44 + (large && axisLabels.runs.some(Boolean) ? 8 : 0)}
        tickLine={false}
        padding={{ left: edge, right: edge }}
        tick={<CategoryTick labels={axisLabels} fontSize={tickSize} />}
      />
      <YAxis
        interval={0}
        reversed
        domain={[1, Math.max(2, ticks.at(-1) ?? 1)]}
        // Room under the worst rank for the event flags, clear of its markers (24 px let No. 5 touch them).
        padding={{ top: 0, bottom: large ? 36 : 30 }}
        ticks={ticks}
        allowDecimals={false}
        width={axisWidth(rankLabels, tickSize)}
        tickFormatter={rankLabel}
        tickLine={false}
        axisLine={false}
        tick={<PlainTick fill="var(--text-muted)" fontSize={tickSize} fitHeight />}
      />
      <Tooltip content={<ChartTooltip series={series} rows={rows} />} filterNull={false} isAnimationActive={false} />
      {series.map((s) => (
        <Line
          key={s.id}
          dataKey={(r: ChartRow) => {
            const v = r.values[s.id];
            return Array.isArray(v) ? v[0] : v;
          }}
          name={s.label}
          stroke={colorVar(s.color)}
          strokeWidth={s.role === 'target' ? 0 : 2.5}
          strokeDasharray={s.role === 'target' ? '6 4' : undefined}
          connectNulls={false}
          dot={dot(s, rows.length <= LABELLED_MARKS, allIds, labelScale, large)}
          activeDot={false}
          // Line animation measures every path on each update; the dots carry the reading.
          isAnimationActive={false}
        />
      ))}
    </LineChart>
  );
});
