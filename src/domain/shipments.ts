/**
 * Smartphone volumes by period. The sources give shipments for some periods and sales for
 * others (shipments are not sales), so the two stay separate series; annual, half-year and
 * quarterly figures are never mixed on one axis.
 */
import type { Observation } from '../data/schema.ts';
import type { DatasetIndex } from './dataset-index.ts';
import { observationsOf } from './dataset-index.ts';
import { filterObservations, isCharted, isOutcome, type ObservationFilter } from './filters.ts';
import { SHIPMENT_GRANULARITIES, type ShipmentsGranularity } from './panel-granularities.ts';
import { period, type Granularity } from '../data/period.ts';
import { latestFigures, latestPeriods, MAX_BARS, type Truncation } from './limits.ts';
import { axisYears, categoryRows, gapRuns, plotPoints, type ChartRow, type DisplayOptions, type GapRun, type PlotPoint, type SeriesPoint } from './plot.ts';

const SHIPMENT_SERIES = ['shipped', 'sold', 'target'] as const;
export type ShipmentSeriesId = (typeof SHIPMENT_SERIES)[number];

const VOLUME_METRICS = ['smartphone_shipments', 'smartphones_sold'];

export interface ShipmentsData {
  granularity: ShipmentsGranularity;
  /** Granularities that have at least one figure under the current filters. */
  available: ShipmentsGranularity[];
  rows: ChartRow[];
  series: ShipmentSeriesId[];
  plotted: PlotPoint[];
  /** Targets in view that are not drawn, since no figure is there to set them against (Goal tracking does). */
  unchartedTargets: PlotPoint[];
  /** Runs of periods inside the chart with no reported or derived figure. */
  gaps: GapRun[];
  /** Other shipment figures (growth rates, tablets, premium mix) under the same filters: the latest few. */
  facts: PlotPoint[];
  factTotal: number;
  /** Set when only the latest periods fit on the chart. */
  truncated: Truncation | null;
  /**
   * Volumes in the selected years that no chart here draws, and how they are split ("by
   * region", "by month", "by day"): a loaded file may hold them; All figures lists them.
   */
  undrawn: { count: number; splits: string[] };
}

const DRAWN: readonly Granularity[] = SHIPMENT_GRANULARITIES;
const SPLIT_WORDS: Partial<Record<Granularity, string>> = { month: 'by month', date: 'by day' };

function undrawnVolumes(index: DatasetIndex, filter: ObservationFilter): ShipmentsData['undrawn'] {
  const list = filterObservations(
    VOLUME_METRICS.flatMap((m) => observationsOf(index, m)),
    filter,
  ).filter((o) => isOutcome(o) && o.entity === 'xiaomi' && !(o.region === 'global' && DRAWN.includes(period(o.period).granularity)));
  const splits = new Set(list.flatMap((o) => [o.region === 'global' ? null : 'by region', SPLIT_WORDS[period(o.period).granularity] ?? null]));
  return { count: list.length, splits: ['by region', 'by month', 'by day'].filter((w) => splits.has(w)) };
}

/** Which chart series a volume figure belongs to. */
export function shipmentSeriesOf(o: Observation): ShipmentSeriesId {
  if (o.kind === 'target') return 'target';
  return o.metric === 'smartphone_shipments' ? 'shipped' : 'sold';
}

/** Every figure the panel shows, drawn or listed: what its sources footer and a citation name. */
export function shipmentsShown(data: ShipmentsData): PlotPoint[] {
  return [...data.plotted, ...data.facts];
}

export function shipmentsData(index: DatasetIndex, filter: ObservationFilter, granularity: ShipmentsGranularity, display: DisplayOptions): ShipmentsData {
  // Volumes are worldwide totals: the region and segment filters do not concern them.
  const scoped: ObservationFilter = { ...filter, regions: null, segments: null };
  const volumes = filterObservations(
    VOLUME_METRICS.flatMap((m) => observationsOf(index, m)).filter((o) => o.entity === 'xiaomi' && o.region === 'global' && isCharted(o)),
    scoped,
  );
  const undrawn = undrawnVolumes(index, scoped);
  const available = SHIPMENT_GRANULARITIES.filter((g) => volumes.some((o) => isOutcome(o) && period(o.period).granularity === g));
  const atGranularity = volumes.filter((o) => period(o.period).granularity === granularity);
  const plotted = plotPoints(index, atGranularity, display);
  const all: SeriesPoint[] = plotted.map((point) => ({ series: shipmentSeriesOf(point.observation), point }));
  const { points, truncated } = latestPeriods(all, MAX_BARS);
  const hasValues = points.some((p) => p.series !== 'target');
  const series = SHIPMENT_SERIES.filter((id) => points.some((p) => p.series === id));
  const rows = hasValues ? categoryRows(points, series, axisYears(index, filter, truncated)) : [];
  const factMetrics = index.dataset.metrics.filter((m) => m.panel === 'shipments' && !VOLUME_METRICS.includes(m.id)).map((m) => m.id);
  const factObs = latestFigures(
    filterObservations(
      factMetrics.flatMap((m) => observationsOf(index, m)),
      { ...filter, segments: null },
    ),
  );
  const facts = plotPoints(index, factObs.list, display);
  return {
    granularity,
    available,
    rows,
    series,
    plotted: hasValues ? points.map((p) => p.point) : [],
    unchartedTargets: hasValues ? [] : points.map((p) => p.point),
    gaps: gapRuns(
      rows,
      series.filter((s) => s !== 'target'),
    ),
    undrawn,
    facts,
    // Said only when the list was cut to the latest figures.
    factTotal: factObs.total > factObs.list.length ? factObs.total : facts.length,
    truncated,
  };
}
