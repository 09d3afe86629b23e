/**
 * Where Xiaomi stands market by market: its rank over time (annual and quarterly ranks kept on
 * separate axes), market-share snapshots that keep rivals without a stated share visible as
 * unknown, and the footprint figures (countries, stores, regional growth).
 */
import type { DatasetIndex } from './dataset-index.ts';
import { observationsOf } from './dataset-index.ts';
import { filterObservations, isCharted, isOutcome, type ObservationFilter } from './filters.ts';
import { RANK_GRANULARITIES, type RankGranularity } from './panel-granularities.ts';
import { comparePeriods, period, periodLabel } from '../data/period.ts';
import { latestFigures, latestPeriods, linePeriodBudget, MAX_LINE_SERIES, type Truncation } from './limits.ts';
import { axisYears, categoryRows, gapRuns, plotPoints, type ChartRow, type DisplayOptions, type GapRun, type PlotPoint, type SeriesPoint } from './plot.ts';

export const TARGET_SERIES = 'target';

export interface RankData {
  granularity: RankGranularity;
  available: RankGranularity[];
  rows: ChartRow[];
  /** Region ids drawn as lines, then "target" when a rank goal falls in range. */
  series: string[];
  plotted: PlotPoint[];
  gaps: GapRun[];
  worstRank: number;
  truncated: Truncation | null;
  /** Markets with ranks that did not fit on the chart (filter regions to see them). */
  hiddenSeries: number;
}

export interface ShareSnapshot {
  region: string;
  period: string;
  title: string;
  rows: ChartRow[];
  plotted: PlotPoint[];
}

export interface RegionsData {
  ranks: RankData;
  /** The latest market-share snapshot in range; older ones are counted. */
  shares: ShareSnapshot[];
  shareTotal: number;
  facts: PlotPoint[];
  factTotal: number;
}

const RANK_AND_SHARE = ['vendor_rank', 'market_share'];

function rankData(index: DatasetIndex, filter: ObservationFilter, granularity: RankGranularity, display: DisplayOptions): RankData {
  const ranks = filterObservations(
    observationsOf(index, 'vendor_rank').filter((o) => o.entity === 'xiaomi' && isCharted(o)),
    { ...filter, segments: null },
  );
  const available = RANK_GRANULARITIES.filter((g) => ranks.some((o) => isOutcome(o) && period(o.period).granularity === g));
  const atGranularity = ranks.filter((o) => period(o.period).granularity === granularity);
  // Worldwide, mainland China and India first, then the markets with the most ranks.
  const counts = new Map<string, number>();
  for (const o of atGranularity) if (isOutcome(o)) counts.set(o.region, (counts.get(o.region) ?? 0) + 1);
  const regionOrder = index.dataset.regions.map((r) => r.id);
  const priority = (id: string) => (['global', 'china', 'india'].includes(id) ? 0 : 1);
  const ranked = [...counts.keys()].sort(
    (a, b) => priority(a) - priority(b) || (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || regionOrder.indexOf(a) - regionOrder.indexOf(b),
  );
  const kept = new Set(ranked.slice(0, MAX_LINE_SERIES));
  const visible = atGranularity.filter((o) => o.kind === 'target' || kept.has(o.region));
  const allPoints: SeriesPoint[] = plotPoints(index, visible, display).map((point) => ({
    series: point.observation.kind === 'target' ? TARGET_SERIES : point.observation.region,
    point,
  }));
  const { points, truncated } = latestPeriods(allPoints, linePeriodBudget(kept.size + 1));
  const lineSeries = [...kept].filter((id) => points.some((p) => p.series === id)).sort((a, b) => regionOrder.indexOf(a) - regionOrder.indexOf(b));
  const series = points.some((p) => p.series === TARGET_SERIES) ? [...lineSeries, TARGET_SERIES] : lineSeries;
  const rows = lineSeries.length ? categoryRows(points, series, axisYears(index, filter, truncated)) : [];
  const plotted = lineSeries.length ? points.map((p) => p.point) : [];
  return {
    granularity,
    available,
    rows,
    series,
    plotted,
    gaps: gapRuns(rows, lineSeries),
    worstRank: plotted.reduce((worst, p) => Math.max(worst, p.upper ?? p.value), 1),
    truncated,
    hiddenSeries: Math.max(0, ranked.length - kept.size),
  };
}

/** The most recent market-share snapshot (one market, one period), and how many there are in range. */
function latestShareSnapshot(index: DatasetIndex, filter: ObservationFilter, display: DisplayOptions): { snapshot: ShareSnapshot | null; total: number } {
  const shares = filterObservations(observationsOf(index, 'market_share'), { ...filter, segments: null }).filter(isOutcome);
  const keys = [...new Set(shares.map((o) => `${o.region}|${o.period}`))];
  if (keys.length === 0) return { snapshot: null, total: 0 };
  const latest = keys.reduce((best, k) => (comparePeriods(k.split('|')[1]!, best.split('|')[1]!) > 0 ? k : best));
  const [region = '', periodKey = ''] = latest.split('|');
  const here = (o: { region: string; period: string }) => o.region === region && o.period === periodKey;
  const sharePoints = plotPoints(index, shares.filter(here), display);
  const rankPoints = plotPoints(
    index,
    filterObservations(
      observationsOf(index, 'vendor_rank').filter((o) => isOutcome(o) && here(o)),
      filter,
    ),
    display,
  );
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
    snapshot: {
      region,
      period: periodKey,
      title: `${index.regionLabel.get(region) ?? region}, ${periodLabel(periodKey)}`,
      rows,
      plotted: [...sharePoints, ...rankPoints],
    },
    total: keys.length,
  };
}

/**
 * Every figure the panel shows, drawn or listed: what its sources footer, a citation and its
 * download name. Once each: a quarter's rank is drawn in the rank chart and in its snapshot.
 */
export function regionsShown(data: RegionsData): PlotPoint[] {
  const all = [...data.ranks.plotted, ...data.shares.flatMap((s) => s.plotted), ...data.facts];
  return all.filter((p, i) => all.findIndex((q) => q.observation.id === p.observation.id) === i);
}

export function regionsData(index: DatasetIndex, filter: ObservationFilter, granularity: RankGranularity, display: DisplayOptions): RegionsData {
  const factMetrics = index.dataset.metrics.filter((m) => m.panel === 'regions' && !RANK_AND_SHARE.includes(m.id)).map((m) => m.id);
  const factObs = filterObservations(
    factMetrics.flatMap((m) => observationsOf(index, m)),
    { ...filter, segments: null },
  );
  const shares = latestShareSnapshot(index, filter, display);
  const facts = latestFigures(factObs);
  return {
    ranks: rankData(index, filter, granularity, display),
    // Rivals' ranks are shown beside their market shares in the snapshot.
    shares: shares.snapshot ? [shares.snapshot] : [],
    shareTotal: shares.total,
    facts: plotPoints(index, facts.list, display),
    // Said only when the list was cut to the latest figures.
    factTotal: facts.total > facts.list.length ? facts.total : facts.list.length,
  };
}

/**
 * What a slide of the regional figures leads with. A rank chart of one point (or none) is a lone
 * dot: the market-share snapshot, where there is one, says more, and that rank becomes a key
 * figure beside it. Otherwise the rank chart, with the latest worldwide rank as its key figure.
 */
export function regionsSlideLead(data: RegionsData): { share: ShareSnapshot | undefined; rank: PlotPoint | undefined } {
  const outcomes = data.ranks.plotted.filter((p) => isOutcome(p.observation)).sort((a, b) => comparePeriods(a.observation.period, b.observation.period));
  const share = outcomes.length <= 1 ? data.shares[0] : undefined;
  return { share, rank: share ? outcomes[0] : outcomes.filter((p) => p.observation.region === 'global').at(-1) };
}
