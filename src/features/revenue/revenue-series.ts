import type { SeriesColor, SeriesStyle } from '../../components/charts/series-style.ts';
import { periodLabel } from '../../data/period.ts';
import type { ChartRow } from '../../domain/plot.ts';
import type { AnnualMoneySeriesId } from '../../domain/revenue.ts';

/** How the revenue charts look, shared by the panel and its slide. */
export const SEGMENT_COLORS: Record<string, SeriesColor> = { smartphones: 'blue', iot: 'green', internet: 'orange', other: 'grey' };

export const ANNUAL_STYLES: Record<AnnualMoneySeriesId, Omit<SeriesStyle, 'id'>> = {
  revenue: { label: 'Total revenue', color: 'blue', role: 'value' },
  // Drawn side by side: marker shapes tell them apart without colour.
  adjusted_net_profit: { label: 'Adjusted net profit', color: 'green', role: 'value', marker: 'circle' },
  rd_expenses: { label: 'R&D expenses', color: 'orange', role: 'value', marker: 'square' },
  target: { label: 'Revenue target', color: 'vermillion', role: 'target' },
};

export const SEGMENT_SERIES: SeriesStyle = { id: 'value', label: 'Segment revenue', color: 'blue', role: 'value' };

export const segmentColor = (row: ChartRow): SeriesColor => SEGMENT_COLORS[row.key] ?? 'purple';

/** A segment bar's label: its value and its share of the total, "RMB 157.5 bn (57.3%)". */
export function segmentLabelOf(shares: Record<string, string>): (row: ChartRow) => string {
  return (row) => [row.points.value?.short, shares[row.key] ? `(${shares[row.key]})` : ''].filter(Boolean).join(' ');
}

export function annualSeries(ids: readonly AnnualMoneySeriesId[]): SeriesStyle[] {
  return ids.map((id) => ({ id, ...ANNUAL_STYLES[id] }));
}

/** The segment chart's name, on the page, its table and its slide: "Revenue by segment, 2023". */
export const segmentChartName = (year: string | null) => (year ? `Revenue by segment, ${periodLabel(year)}` : 'Revenue by segment');
