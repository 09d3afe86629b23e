import { memo, useId, type KeyboardEvent } from 'react';
import { axisWidth, textWidth } from './axis-width.ts';
import { useNarrowerThan } from './use-narrower-than.ts';
import { PlainTick } from './plain-tick.tsx';
import { niceTicks, rowsMax } from './value-axis.ts';
import { Bar, BarChart, type LabelProps, CartesianGrid, LabelList, XAxis, YAxis, ReferenceLine, type BarShapeProps } from 'recharts';
import { noGridLines, verticalGridLines } from './grid-lines.ts';
import type { ChartRow } from '../../domain/plot.ts';
import { BarLabel, useChartType } from './bar-label.tsx';
import { ChartPatterns, hatchId } from './chart-patterns.tsx';
import { BandTooltip } from './chart-tooltip.tsx';
import { colorVar, type SeriesStyle } from './series-style.ts';
import { handToChart, inRowsChart, ROW_STEPS, wasHandedOn } from './marks.ts';

export interface CategoryBarChartProps {
  rows: readonly ChartRow[];
  /** One series; bars can take their colour from `colorOf` (e.g. one colour per segment). */
  series: SeriesStyle;
  colorOf?: (row: ChartRow) => SeriesStyle['color'];
  valueTick: (value: number) => string;
  /** Text after the bar, e.g. a computed share or "share not stated". */
  labelOf: (row: ChartRow) => string;
  /** Draws the value axis (the bars' own labels carry the values, so a narrow chart may go without). */
  valueAxis?: boolean;
  /** Draws a reference line, e.g. 100% of target. */
  reference?: { value: number; label: string };
  domainMax?: number;
  ticks?: number[];
  /** Pixels, or a CSS length such as '100%' to fill a sized container (slides). */
  height?: number | string;
  /** Larger type for slides. */
  large?: boolean;
  /** Id of the element describing the chart (its takeaway line). */
  describedBy?: string;
  /** The chart's accessible name. */
  label?: string;
  /** What its tooltip lists for a row: `series` alone unless given (a share chart adds the rank beside it). */
  details?: readonly SeriesStyle[];
}

/** A category's name over its bar, where the frame is too narrow for a column of names. */
function CategoryName({ viewBox, value, large }: LabelProps & { large: boolean }) {
  const b = viewBox as { x?: number; y?: number } | undefined;
  if (b?.x === undefined || b.y === undefined) return null;
  // On a slide the name reads from the back of the room, like the values (charts.css).
  return (
    <text x={b.x} y={b.y - (large ? 8 : 5)} className={large ? 'category-name category-name--large' : 'category-name'}>
      {String(value ?? '')}
    </text>
  );
}

/** Pixels a chart of `count` horizontal bars takes: a row per bar plus the axis. */
export function categoryChartHeight(count: number, large = false): number {
  return Math.max(120, count * (large ? 72 : 44) + 40);
}

/** Horizontal bars for named categories (segments, companies, goals), labelled with their values. */
export const CategoryBarChart = memo(function CategoryBarChart({
  rows,
  series,
  colorOf,
  valueTick,
  labelOf,
  reference,
  valueAxis = true,
  domainMax,
  ticks,
  height,
  large = false,
  describedBy,
  label,
  details,
}: CategoryBarChartProps) {
  const { labelScale, tickSize } = useChartType(large);
  const chartId = useId().replace(/:/g, '');
  const labelColumn = axisWidth(
    rows.map((r) => r.label),
    large ? 24 : 13,
  );
  // A narrow frame (a phone), where the names would take more than 32% of it: each category is
  // named above its bar, so the bars keep the width.
  const [frame, stacked] = useNarrowerThan<HTMLDivElement>(labelColumn / 0.32);
  const colors = rows.map((r) => colorOf?.(r) ?? series.color);
  // Value labels such as "RMB 120bn" are long for a horizontal axis: at most three round steps.
  const valueTicks = ticks ?? niceTicks(rowsMax(rows, [series.id]));
  // Slide type is too large for the margins to hold half an end label: where the last tick is
  // the plot's edge, the end labels start and end at their ticks.
  const edgeAligned = large && domainMax === undefined;
  const firstTickHalf = edgeAligned ? 8 : Math.ceil(textWidth(valueTick(valueTicks[0] ?? 0).length, tickSize) / 2) + 4;
  const shape = (props: BarShapeProps) => {
    const row = props.payload as ChartRow | undefined;
    if (!row) return <g />;
    const point = row.points[series.id];
    // The whole row answers a tap, however short the bar, and a row with no bar (a rival whose
    // share is not stated, whose rank is) still says what it has.
    const hit = (
      <rect className="hit-area" x={props.x} y={props.y} width={Math.max(0, props.background?.width ?? props.width)} height={props.height} fill="transparent" />
    );
    if (!point)
      return (
        <g className="row-hit" data-row={row.key}>
          {hit}
        </g>
      );
    const color = colorOf?.(row) ?? series.color;
    const derived = point.observation.kind === 'derived';
    return (
      <g className="bar" data-kind={point.observation.kind} data-row={row.key}>
        {hit}
        <rect
          x={props.x}
          y={props.y}
          width={Math.max(0, props.width)}
          height={props.height}
          rx={2}
          fill={derived ? `url(#${hatchId(chartId, color)})` : colorVar(color)}
          stroke={colorVar(color)}
          strokeWidth={derived ? 1.5 : 0}
        />
      </g>
    );
  };
  return (
    <div ref={frame} className="category-chart" onKeyDownCapture={stepRows}>
      <BarChart
        layout="vertical"
        responsive
        className={large ? 'chart-surface--large' : undefined}
        style={{ width: '100%', height: height ?? categoryChartHeight(rows.length, large) + (stacked ? rows.length * (large ? 30 : 18) : 0) }}
        data={rows as ChartRow[]}
        // Room on the right for half of the last value tick, centred on the plot's edge (panels).
        // Stacked, with no category column, the first value tick sits on the frame's edge: room for half of it.
        margin={{ top: reference ? (large ? 36 : 22) : 8, right: large ? 16 : 40, bottom: 8, left: stacked ? firstTickHalf : 8 }}
        barCategoryGap={stacked ? '30%' : '22%'}
        aria-describedby={describedBy}
        aria-label={label}
      >
        <ChartPatterns chartId={chartId} colors={colors} />
        <CartesianGrid horizontal={false} stroke="var(--grid)" verticalCoordinatesGenerator={verticalGridLines} horizontalCoordinatesGenerator={noGridLines} />
        <XAxis
          hide={!valueAxis}
          interval={0}
          type="number"
          tickFormatter={valueTick}
          domain={[0, domainMax ?? valueTicks.at(-1) ?? 'auto']}
          ticks={valueTicks}
          tickLine={false}
          tick={
            <PlainTick
              fill="var(--text-muted)"
              fontSize={tickSize}
              edgeAligned={edgeAligned}
              fitWidth={Math.max(...valueTicks.map((v) => valueTick(v).length))}
            />
          }
        />
        <YAxis
          interval={0}
          type="category"
          dataKey="label"
          width={stacked ? 0 : labelColumn}
          tickLine={false}
          tick={stacked ? false : <PlainTick fill="var(--text)" fontSize={large ? 24 : 13} />}
        />
        <BandTooltip series={details ?? [series]} rows={rows} bands="down" />
        {reference ? (
          <ReferenceLine
            x={reference.value}
            stroke="var(--text-muted)"
            strokeDasharray="4 3"
            label={{ value: reference.label, position: 'top', fill: 'var(--text-muted)', fontSize: large ? 20 : 12 }}
          />
        ) : null}
        <Bar
          dataKey={(r: ChartRow) => r.values[series.id] ?? 0}
          name={series.label}
          shape={shape}
          isAnimationActive={false}
          maxBarSize={36}
          // Transparent: only so each bar knows its row's full width, which answers a tap.
          background={{ fill: 'transparent' }}
        >
          <LabelList
            valueAccessor={(entry: { payload?: ChartRow }) => (entry.payload ? labelOf(entry.payload) : '')}
            content={(props) => <BarLabel {...props} orientation="horizontal" scale={labelScale} />}
          />
          {stacked ? <LabelList dataKey="label" content={(props) => <CategoryName {...props} large={large} />} /> : null}
        </Bar>
      </BarChart>
    </div>
  );
});

/** The arrows step through the rows as they run down the page, recharts being handed the key it reads that way (ROW_STEPS). */
function stepRows(event: KeyboardEvent<HTMLDivElement>) {
  const key = ROW_STEPS[event.key];
  if (!key || wasHandedOn(event.nativeEvent) || !inRowsChart(event.target)) return;
  event.preventDefault();
  event.stopPropagation();
  handToChart(event.target, key);
}
