import { memo, useId } from 'react';
import { numericAxisWidth } from './axis-width.ts';
import { PlainTick } from './plain-tick.tsx';
import { Bar, BarChart, CartesianGrid, DefaultZIndexes, LabelList, ReferenceArea, XAxis, YAxis, type BarShapeProps, type LabelProps } from 'recharts';
import { horizontalGridLines, noGridLines } from './grid-lines.ts';
import type { ChartRow, GapRun } from '../../domain/plot.ts';
import { BarLabel, LinePlate, labelWidth, useChartType } from './bar-label.tsx';
import { pairLabelPlace, shownColumnLabels, type LabelColumn } from './column-labels.ts';
import { CategoryTick, periodAxisLabels } from './category-tick.tsx';
import { ChartPatterns, hatchId } from './chart-patterns.tsx';
import { HaloPaint, haloPaint } from './halo-paint.tsx';
import { BandTooltip } from './chart-tooltip.tsx';
import { SeriesMarker } from './series-marker.tsx';
import { eventMarkers } from './event-markers.tsx';
import { PeriodColumns } from './period-columns.tsx';
import { markerScale } from './marks.ts';
import { LABELLED_MARKS } from '../../domain/limits.ts';
import { colorVar, type SeriesStyle } from './series-style.ts';
import { rowsMax, valueAxisMax, valueAxisTicks } from './value-axis.ts';

export interface PeriodBarChartProps {
  rows: readonly ChartRow[];
  series: readonly SeriesStyle[];
  yTick: (value: number) => string;
  /** Runs of periods without figures, shaded and labelled once each. */
  gaps?: readonly GapRun[];
  /** Pixels, or a CSS length such as '100%' to fill a sized container (slides). */
  height?: number | string;
  /** Larger type for slides. */
  large?: boolean;
  /** Id of the element describing the chart (its takeaway line). */
  describedBy?: string;
  /** The chart's accessible name. */
  label?: string;
}

/** The share of a period's width left between bars. */
const BAR_GAP = 0.22;
/**
 * Where bars stand side by side in a period, the share left on each side of the pair: less, so
 * each bar is wide enough for its value ("≈16.0bn" over a 59 px bar at 1440 px, not a 43 px one
 * with no room for it); the wider space between periods still groups each pair.
 */
const GROUPED_BAR_GAP = 0.12;
/** Px between bars side by side in a period. */
const BAR_SPACING = 3;

/** Targets sit on their own (hidden) category axis so they overlay the whole category instead of taking a bar slot. */
const TARGET_AXIS = 'targets';
/** How far a target's dash runs past the sides of a column standing in its period, so it does not hide along the column's top. */
const TARGET_DASH_OVERHANG = 6;
/** A label's line height at the page's 12 px (1.15em), for the room a target's label takes above it. */
const LABEL_LINE = 14;

/**
 * @param marked Whether the chart shows more than one series of bars: each bar then carries its
 *   series' marker shape, so the series are told apart without colour, shrunk to fit a narrow
 *   bar. A bar too narrow for a legible one (decades of periods on one chart) goes without:
 *   its tooltip and the table name the series.
 */
function valueBarShape(chartId: string, s: SeriesStyle, marked: boolean, plotTop: number, ownsPeriod: boolean) {
  return function ValueBar(props: BarShapeProps) {
    const row = props.payload as ChartRow | undefined;
    const point = row?.points[s.id];
    if (!row || !point || props.width <= 0) return <g />;
    const derived = point.observation.kind === 'derived';
    const openEnded = point.observation.qualifier === 'moreThan';
    const cx = props.x + props.width / 2;
    // Inside the foot of the bar, where it is tall enough; never floating above it, where it would read as another point.
    const markerSize = marked && props.height > 22 ? markerScale(props.width) : null;
    const bottom = props.y + Math.max(0, props.height);
    const pad = ownsPeriod ? (props.width * BAR_GAP) / (1 - BAR_GAP) / 2 : 0;
    return (
      <g className="bar" data-kind={point.observation.kind} data-series={s.id} data-row={row.key}>
        {/* The whole column above the bar answers a tap, however short the bar; a bar alone in its
            period takes the gaps beside it too (BAR_GAP of the period's width), so a 13 px bar on a
            phone is a 17 px target. */}
        <rect className="hit-area" x={props.x - pad} y={plotTop} width={props.width + 2 * pad} height={Math.max(0, bottom - plotTop)} fill="transparent" />
        <rect
          x={props.x}
          y={props.y}
          width={props.width}
          height={Math.max(0, props.height)}
          rx={2}
          fill={derived ? `url(#${hatchId(chartId, s.color)})` : colorVar(s.color)}
          stroke={colorVar(s.color)}
          strokeWidth={derived ? 1.5 : 0}
        />
        {openEnded && props.height > 16 ? (
          // A lower bound ("more than 100"): the chevron says the true value is higher. Drawn inside
          // the top of the bar, as above it would run into the value label (which says "more than" too).
          <path d={`M${cx - 6},${props.y + 11} L${cx},${props.y + 5} L${cx + 6},${props.y + 11}`} fill="none" stroke="var(--surface)" strokeWidth={2} />
        ) : null}
        {markerSize ? (
          // Cut out of the bar in the surface colour, clear of the labels and event flags along the top.
          <SeriesMarker cx={cx} cy={props.y + props.height - 11} shape={s.marker ?? 'square'} color="var(--surface)" hollow={false} scale={markerSize} />
        ) : null}
      </g>
    );
  };
}

const quiet = (r: ChartRow | undefined) => !r || Object.values(r.points).every((p) => !p);

/** A column's label may spread over the periods either side when they hold no figure (or nothing under `clear`). */
function labelSpread(rows: readonly ChartRow[], index: number | undefined, clear: (r: ChartRow | undefined) => boolean = quiet): number {
  if (index === undefined) return 1;
  return clear(rows[index - 1]) && clear(rows[index + 1]) ? 3 : 1;
}

const topOf = (v: number | [number, number] | null | undefined) => (v === null || v === undefined ? null : Array.isArray(v) ? v[1] : v);

/** Each period's column, target and value label, in px (shownColumnLabels). */
function labelColumns(
  rows: readonly ChartRow[],
  valueIds: readonly string[],
  targetIds: readonly string[],
  px: number,
  labelScale: number,
  slot: number,
): LabelColumn[] {
  return rows.map((r, i) => {
    const id = valueIds.find((v) => topOf(r.values[v]) !== null);
    const value = id ? topOf(r.values[id]) : null;
    const text = id ? r.points[id]?.short : undefined;
    const reach = Math.max(...targetIds.map((t) => topOf(r.values[t]) ?? -Infinity));
    return {
      top: value === null ? null : value * px,
      reach: Number.isFinite(reach) ? reach * px : null,
      width: text ? labelWidth(text, labelScale) : null,
      room: slot * labelSpread(rows, i),
    };
  });
}

function targetShape(
  s: SeriesStyle,
  rows: readonly ChartRow[],
  valueIds: readonly string[],
  labelScale: number,
  plotLeft: number,
  marginRight: number,
  halo: string,
  valueLabelTop: (value: number, chartHeight: number) => number,
) {
  return function TargetMark(props: BarShapeProps) {
    const row = props.payload as ChartRow | undefined;
    const point = row?.points[s.id];
    if (!row || !point) return <g />;
    // Where a bar stands in the same period its label takes the space; the target's figure is in the tooltip and table.
    const labelled = valueIds.every((id) => row.values[id] === null || row.values[id] === undefined);
    const h = Math.abs(props.height);
    const top = props.height < 0 ? props.y + props.height : props.y;
    // Inside its slot, or where a bar stands in it, past the bar's sides: a target the figure
    // reached lies along the bar's top edge, and would hide there.
    const inset = labelled ? props.width * 0.18 : -TARGET_DASH_OVERHANG;
    const x1 = props.x + inset;
    const x2 = props.x + props.width - inset;
    // "target 100m" where there is room, "target" over "100m" where there is less, nothing where
    // there is none (a tap says it): never the bare number, which would read as a result.
    // A label may spread over the periods either side when they hold no target, and no bar or
    // label that reaches up to it (2015's over 2014's 61m, on a phone).
    const under = (r: ChartRow | undefined) =>
      !r ||
      Object.entries(r.points).every(
        ([id, p]) => !p || (valueIds.includes(id) && valueLabelTop(topOf(r.values[id]) ?? 0, props.parentViewBox.height) > top - 6 * labelScale),
      );
    const room = (props.width / 0.56) * labelSpread(rows, rows.indexOf(row), under);
    const fits = (...lines: string[]) => lines.every((text) => labelWidth(text, labelScale) <= room);
    const label = fits(`target ${point.short}`) ? [`target ${point.short}`] : fits('target', point.short) ? ['target', point.short] : null;
    // Kept inside the plot: over the first or last period it would run into the axis labels.
    const half = label ? Math.max(...label.map((text) => labelWidth(text, labelScale))) / 2 : 0;
    const right = props.parentViewBox.x + props.parentViewBox.width - marginRight;
    const labelX = Math.min(Math.max((x1 + x2) / 2, plotLeft + half), right - half);
    const labelShown = labelled && label !== null;
    // What takes a click or tap: the dashes 12 px either way (a 3 px line is no target for a
    // finger or a quick click, nor a line 8 px wide on a phone), and the label over them; never
    // past the room the label may take, so a neighbour's bar keeps its own taps.
    const centre = (x1 + x2) / 2;
    const hitLeft = Math.max(centre - room / 2, Math.min(x1, centre - 12, labelShown ? labelX - half : Infinity));
    const hitRight = Math.min(centre + room / 2, Math.max(x2, centre + 12, labelShown ? labelX + half : -Infinity));
    const hitTop = top - 12 - (labelShown ? LABEL_LINE * labelScale * (label.length === 1 ? 1 : 2.15) : 0);
    // A single target value is a line at that value; only a range (80–100) is a band.
    return (
      <g className="target-mark" data-series={s.id} data-row={row.key}>
        {labelShown ? (
          <LinePlate line={centre} x={labelX} half={half} baseline={top - 6 * labelScale} font={12 * labelScale} lines={label.length} halo={halo} />
        ) : null}
        {labelShown ? (
          // Clear of the dashes by a gap that grows with the type, descenders ("target") included;
          // two lines 1.4em apart, so the second line's halo stops short of the first's "g". Drawn
          // before the dashes, so its halo (which reaches below the "g") never wipes them out.
          <text x={labelX} y={top - 6 * labelScale} textAnchor="middle" className="bar-label target-label" stroke={halo}>
            {label.length === 1
              ? label[0]
              : label.map((line, i) => (
                  <tspan key={line} x={labelX} dy={i === 0 ? '-1.4em' : '1.4em'}>
                    {line}
                  </tspan>
                ))}
          </text>
        ) : null}
        {point.upper !== undefined && h > 2 ? (
          <rect
            x={x1}
            y={top}
            width={x2 - x1}
            height={h}
            fill={colorVar(s.color)}
            fillOpacity={0.12}
            stroke={colorVar(s.color)}
            strokeWidth={2}
            strokeDasharray="5 3"
          />
        ) : (
          <>
            <line x1={x1} x2={x2} y1={top} y2={top} stroke={colorVar(s.color)} strokeWidth={3} strokeDasharray="6 3" />
            <rect className="target-mark__hit" x={hitLeft} y={hitTop} width={hitRight - hitLeft} height={top + 12 - hitTop} fill="transparent" />
          </>
        )}
      </g>
    );
  };
}

/** Bars over consecutive periods; empty periods stay visible as gaps, derived bars are hatched, targets dashed. */
export const PeriodBarChart = memo(function PeriodBarChart({
  rows,
  series,
  yTick,
  gaps = [],
  height = 300,
  large = false,
  describedBy,
  label,
}: PeriodBarChartProps) {
  const dense = rows.length > LABELLED_MARKS;
  const { labelScale, tickSize } = useChartType(large);
  const chartId = useId().replace(/:/g, '');
  const valueSeries = series.filter((s) => s.role === 'value');
  const axisLabels = periodAxisLabels(
    rows,
    valueSeries.map((s) => s.id),
    'bands',
  );
  // A slot standing for a run of empty years is labelled on two lines, 2.3 em with their descenders.
  const twoLines = axisLabels.runs.some(Boolean);
  const targetSeries = series.filter((s) => s.role === 'target');
  // Room on the right for the last bar's label and event flag, which are centred on the last period.
  const margin = large ? { top: 44, right: 40, bottom: 8, left: 8 } : { top: 28, right: 32, bottom: 4, left: 0 };
  const valueTop = valueAxisMax(rowsMax(rows));
  const yAxisWidth = numericAxisWidth(valueTop, yTick, tickSize);
  // When no period has two values (shipped vs sold), they can share one centred slot; stacking never sums here.
  const oneSlot = rows.every((r) => valueSeries.filter((s) => r.values[s.id] !== null && r.values[s.id] !== undefined).length <= 1);
  const xAxisHeight = (large ? 44 : 30) + (twoLines ? (large ? 8 : 2) : 0);
  // A value label stands this far above its bar, and is one line of type high.
  const lift = large ? 10 : 6;
  const valueLabelTop = (value: number, chartHeight: number) =>
    chartHeight - margin.bottom - xAxisHeight - (value * (chartHeight - margin.top - margin.bottom - xAxisHeight)) / valueTop - lift - 12 * labelScale;
  // Which labels are drawn depends on the chart's drawn size: worked out once per size, for all of them.
  let placed: { size: string; shown: boolean[] } | null = null;
  // Whether a value label is drawn (undefined: BarLabel's own rule), and how far it moves off its bar's centre.
  const labelPlace = ({ parentViewBox: chart, viewBox, index }: LabelProps, seriesId: string): { shown: boolean | undefined; offset: number } => {
    const bar = viewBox && 'width' in viewBox ? viewBox.width : undefined;
    const ownRule = { shown: undefined, offset: 0 };
    if (!chart || !('width' in chart) || bar === undefined || index === undefined) return ownRule;
    const plotLeft = margin.left + yAxisWidth;
    const plotWidth = chart.width - plotLeft - margin.right;
    const slot = plotWidth / rows.length;
    const px = (chart.height - margin.top - margin.bottom - xAxisHeight) / valueTop;
    if (!oneSlot) {
      // Two bars side by side: a label may reach past its own (pairLabelPlace); more than two keep to theirs.
      const row = rows[index];
      const other = valueSeries.find((v) => v.id !== seriesId)?.id;
      const top = topOf(row?.values[seriesId]);
      const text = row?.points[seriesId]?.short;
      if (valueSeries.length !== 2 || !row || !other || top === null || !text) return ownRule;
      const neighbour = topOf(row.values[other]);
      const pair = {
        top: top * px,
        width: labelWidth(text, labelScale),
        neighbour: neighbour === null ? null : neighbour * px,
        bar,
        beside: (slot - 2 * bar - BAR_SPACING) / 2,
      };
      const outward = pairLabelPlace(pair, { lift, font: 12 * labelScale });
      // Outward: away from the other bar, to the left of the first, to the right of the second.
      return { shown: outward !== null, offset: (outward ?? 0) * (valueSeries[0]?.id === seriesId ? -1 : 1) };
    }
    const size = `${chart.width}x${chart.height}x${bar}`;
    if (placed?.size !== size) {
      const columns = labelColumns(
        rows,
        valueSeries.map((v) => v.id),
        targetSeries.map((t) => t.id),
        px,
        labelScale,
        slot,
      );
      const geometry = { slot, bar, from: -plotLeft, to: plotWidth + margin.right, lift, font: 12 * labelScale, dash: TARGET_DASH_OVERHANG };
      placed = { size, shown: shownColumnLabels(columns, geometry) };
    }
    return { shown: placed.shown[index], offset: 0 };
  };
  return (
    <BarChart
      responsive
      className={large ? 'chart-surface--large' : undefined}
      style={{ width: '100%', height }}
      data={rows as ChartRow[]}
      margin={margin}
      barCategoryGap={`${(oneSlot ? BAR_GAP : GROUPED_BAR_GAP) * 100}%`}
      barGap={BAR_SPACING}
      aria-describedby={describedBy}
      aria-label={label}
    >
      <ChartPatterns chartId={chartId} colors={series.map((s) => s.color)} />
      <HaloPaint chartId={chartId} gaps={gaps} />
      <CartesianGrid vertical={false} stroke="var(--grid)" horizontalCoordinatesGenerator={horizontalGridLines} verticalCoordinatesGenerator={noGridLines} />
      {gaps.map((g) => (
        <ReferenceArea
          key={g.first}
          x1={g.first}
          x2={g.last}
          fill="var(--surface-2)"
          // charts.css mixes --gap-shade from this opacity: change both together.
          fillOpacity={0.8}
          // Clipped to the plot, not discarded: a gap ending on the last period can overshoot the
          // axis by a rounding error on a narrow chart, and "discard" (the default) then drops it.
          ifOverflow="hidden"
          // Along the bottom, where a gap has no bars: the top holds the event flags, and targets
          // and their labels stand in the gap's middle.
          label={{ value: g.short, position: 'insideBottom', offset: large ? 12 : 8, className: 'gap-label' }}
        />
      ))}
      {eventMarkers(rows, 'above')}
      <PeriodColumns rows={rows} />
      <XAxis dataKey="label" interval={0} height={xAxisHeight} tickLine={false} tick={<CategoryTick labels={axisLabels} fontSize={tickSize} />} />
      {/* interval 0: recharts would otherwise measure every tick of this hidden axis in the DOM to thin them out. */}
      <XAxis xAxisId={TARGET_AXIS} dataKey="label" hide interval={0} />
      <YAxis
        interval={0}
        domain={[0, valueTop]}
        ticks={valueAxisTicks(valueTop)}
        width={yAxisWidth}
        tickFormatter={yTick}
        tickLine={false}
        axisLine={false}
        tick={<PlainTick fill="var(--text-muted)" fontSize={tickSize} />}
      />
      <BandTooltip series={series} rows={rows} bands="across" />
      {valueSeries.map((s) => (
        <Bar
          key={s.id}
          dataKey={(r: ChartRow) => r.values[s.id] ?? null}
          name={s.label}
          stackId={oneSlot ? 'one-slot' : undefined}
          shape={valueBarShape(chartId, s, valueSeries.length > 1, margin.top, oneSlot)}
          isAnimationActive={false}
          maxBarSize={64}
        >
          {dense ? null : (
            <LabelList
              valueAccessor={(entry: { payload?: ChartRow }) => entry.payload?.points[s.id]?.short ?? ''}
              content={(props) => (
                <BarLabel
                  {...props}
                  orientation="vertical"
                  scale={labelScale}
                  large={large}
                  shared={!oneSlot && valueSeries.length > 1}
                  spread={labelSpread(rows, props.index)}
                  {...labelPlace(props, s.id)}
                  halo={haloPaint(chartId)}
                />
              )}
            />
          )}
        </Bar>
      ))}
      {targetSeries.map((s) => (
        <Bar
          key={s.id}
          xAxisId={TARGET_AXIS}
          // Over the event lines (which stand over the bars), so a line never runs through a target's label.
          zIndex={DefaultZIndexes.line + 1}
          dataKey={(r: ChartRow) => r.values[s.id] ?? null}
          name={s.label}
          shape={targetShape(
            s,
            rows,
            valueSeries.map((v) => v.id),
            labelScale,
            margin.left + yAxisWidth,
            margin.right,
            haloPaint(chartId),
            valueLabelTop,
          )}
          isAnimationActive={false}
        />
      ))}
    </BarChart>
  );
});
