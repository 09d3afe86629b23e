import type { MarkerShape, SeriesColor, SeriesStyle } from '../../components/charts/series-style.ts';
import { GRANULARITY_LABELS, type Granularity } from '../../data/period.ts';
import type { ChartRow, PlotPoint } from '../../domain/plot.ts';
import { TARGET_SERIES } from '../../domain/regions.ts';

const REGION_STYLE: Record<string, { color: SeriesColor; marker: MarkerShape }> = {
  global: { color: 'blue', marker: 'circle' },
  china: { color: 'vermillion', marker: 'square' },
  india: { color: 'orange', marker: 'triangle' },
};
const FALLBACK: readonly { color: SeriesColor; marker: MarkerShape }[] = [
  { color: 'purple', marker: 'diamond' },
  { color: 'sky', marker: 'circle' },
  { color: 'green', marker: 'square' },
];

/**
 * Rank series styles (colour and marker per market), shared by the panel and its slide. The
 * targets' series names their market where they share one ("Target rank, Mainland China"), so
 * a tapped target and the table's row say which market it is for.
 */
export function rankSeriesStyles(ids: readonly string[], regionLabel: (id: string) => string, plotted: readonly PlotPoint[]): SeriesStyle[] {
  const market = (id: string) => (id === 'global' ? 'Worldwide' : regionLabel(id));
  const targetMarkets = new Set(plotted.filter((p) => p.observation.kind === 'target').map((p) => p.observation.region));
  const [only] = targetMarkets;
  const targetLabel = targetMarkets.size === 1 && only !== undefined ? `Target rank, ${market(only)}` : 'Target rank';
  return ids.map((id, i) =>
    id === TARGET_SERIES
      ? { id, label: targetLabel, color: 'grey', role: 'target', marker: 'diamond' }
      : { id, label: market(id), role: 'value', ...(REGION_STYLE[id] ?? FALLBACK[i % FALLBACK.length]!) },
  );
}

/** The market-share snapshot's one series, shared by the panel and its slide. */
export const SHARE_SERIES: SeriesStyle = { id: 'share', label: 'Market share', color: 'grey', role: 'value' };
/** What a tapped bar of the snapshot details: the maker's share, and its rank where stated. */
export const SHARE_DETAILS: SeriesStyle[] = [SHARE_SERIES, { id: 'rank', label: 'Rank', color: 'grey', role: 'value' }];
// Xiaomi stands out; its rivals are context, in grey, so no rival takes a colour the rank chart gives a market.
export const shareColor = (row: ChartRow): SeriesColor => (row.key === 'xiaomi' ? 'vermillion' : 'grey');
export function shareLabel(row: ChartRow): string {
  const share = row.points.share?.short ?? 'share not stated';
  const rank = row.points.rank?.short;
  return rank ? `${share} · ${rank}` : share;
}

/** The rank chart's name, on the page, its table and its slide: "Xiaomi's smartphone vendor rank, annual". */
export const rankChartName = (granularity: Granularity) => `Xiaomi's smartphone vendor rank, ${GRANULARITY_LABELS[granularity].toLowerCase()}`;
