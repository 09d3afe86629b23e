/**
 * Where Xiaomi stands market by market: its rank over time (annual and quarterly ranks kept on
 * separate axes), market-share snapshots that keep rivals without a stated share visible as
 * unknown, and the footprint figures (countries, stores, regional growth).
 */
import type { DatasetIndex } from './dataset-index.ts';
import { observationsOf } from './dataset-index.ts';
import { filterObservations, type ObservationFilter } from './filters.ts';
import { comparePeriods, period, periodLabel, type Granularity } from './period.ts';
import { categoryRows, gapRuns, plotPoints, type ChartRow, type DisplayOptions, type GapRun, type PlotPoint, type SeriesPoint } from './plot.ts';

export const RANK_GRANULARITIES = ['year', 'quarter'] as const satisfies readonly Granularity[];
export type RankGranularity = (typeof RANK_GRANULARITIES)[number];

export const TARGET_SERIES = 'target';

export interface RankView {
  granularity: RankGranularity;
  available: RankGranularity[];
  rows: ChartRow[];
  /** Region ids drawn as lines, then "target" when a rank goal falls in range. */
  series: string[];
  plotted: PlotPoint[];
  gaps: GapRun[];
  worstRank: number;
}

export interface ShareSnapshot {
  region: string;
  period: string;
  title: string;
  rows: ChartRow[];
  plotted: PlotPoint[];
}

export interface RegionsView {
  ranks: RankView;
  shares: ShareSnapshot[];
  facts: PlotPoint[];
}

const RANK_AND_SHARE = ['vendor_rank', 'market_share'];

function rankView(index: DatasetIndex, filter: ObservationFilter, granularity: RankGranularity, display: DisplayOptions): RankView {
  const ranks = filterObservations(
    observationsOf(index, 'vendor_rank').filter((o) => o.entity === 'xiaomi'),
    { ...filter, segments: null },
  );
  const available = RANK_GRANULARITIES.filter((g) => ranks.some((o) => o.kind !== 'target' && period(o.period).granularity === g));
  const plotted = plotPoints(
    index,
    ranks.filter((o) => period(o.period).granularity === granularity),
    display,
  );
  const points: SeriesPoint[] = plotted.map((point) => ({
    series: point.observation.kind === 'target' ? TARGET_SERIES : point.observation.region,
    point,
  }));
  const regionOrder = index.dataset.regions.map((r) => r.id);
  const lineSeries = [...new Set(points.filter((p) => p.series !== TARGET_SERIES).map((p) => p.series))].sort(
    (a, b) => regionOrder.indexOf(a) - regionOrder.indexOf(b),
  );
  const series = points.some((p) => p.series === TARGET_SERIES) ? [...lineSeries, TARGET_SERIES] : lineSeries;
  const rows = lineSeries.length ? categoryRows(points, series) : [];
  return {
    granularity,
    available,
    rows,
    series,
    plotted: lineSeries.length ? plotted : [],
    gaps: gapRuns(rows, lineSeries),
    worstRank: Math.max(1, ...plotted.map((p) => p.upper ?? p.value)),
  };
}

function shareSnapshots(index: DatasetIndex, filter: ObservationFilter, display: DisplayOptions): ShareSnapshot[] {
  const shares = filterObservations(observationsOf(index, 'market_share'), { ...filter, segments: null }).filter((o) => o.kind !== 'target');
  const keys = [...new Set(shares.map((o) => `${o.region}|${o.period}`))];
  const ranks = observationsOf(index, 'vendor_rank').filter((o) => o.kind !== 'target');
  return keys
    .map((key) => {
      const [region = '', periodKey = ''] = key.split('|');
      const here = (o: { region: string; period: string }) => o.region === region && o.period === periodKey;
      const sharePoints = plotPoints(index, shares.filter(here), display);
      const rankPoints = plotPoints(index, filterObservations(ranks.filter(here), filter), display);
      const entities = [...new Set([...rankPoints, ...sharePoints].map((p) => p.observation.entity))];
      const rankOf = (e: string) => rankPoints.find((p) => p.observation.entity === e);
      entities.sort((a, b) => (rankOf(a)?.value ?? 99) - (rankOf(b)?.value ?? 99));
      const rows: ChartRow[] = entities.map((entity) => {
        const share = sharePoints.find((p) => p.observation.entity === entity);
        return {
          key: entity,
          label: index.entityLabel.get(entity) ?? entity,
          values: { share: share?.value ?? null },
          points: { share, rank: rankOf(entity) },
        };
      });
      return {
        region,
        period: periodKey,
        title: `${index.regionLabel.get(region) ?? region}, ${periodLabel(periodKey)}`,
        rows,
        plotted: [...sharePoints, ...rankPoints],
      };
    })
    .sort((a, b) => comparePeriods(b.period, a.period));
}

export function regionsView(index: DatasetIndex, filter: ObservationFilter, granularity: RankGranularity, display: DisplayOptions): RegionsView {
  const factMetrics = index.dataset.metrics.filter((m) => m.panel === 'regions' && !RANK_AND_SHARE.includes(m.id)).map((m) => m.id);
  const factObs = filterObservations(
    factMetrics.flatMap((m) => observationsOf(index, m)),
    { ...filter, segments: null },
  );
  return {
    ranks: rankView(index, filter, granularity, display),
    // Rivals' ranks are shown beside their market shares in the snapshots.
    shares: shareSnapshots(index, filter, display),
    facts: plotPoints(index, factObs, display),
  };
}
