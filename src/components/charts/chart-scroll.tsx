import type { CSSProperties, ReactNode } from 'react';
import { axisWidth } from './axis-width.ts';
import { labelWidth } from './bar-label.tsx';
import { LABELLED_MARKS } from './use-reduced-motion.ts';

/** Width one period needs so its value label and tick never run into the next period's. */
const PERIOD_WIDTH = 38;
/** Bars side by side share a period; each needs room for its own label. */
const SIDE_BY_SIDE_BAR_WIDTH = 84;
/** The value axis and the chart's margins. */
const AXIS_WIDTH = 72;
/** The shortest plot a horizontal bar still reads on. */
const MIN_PLOT_WIDTH = 120;

/** Width a chart over periods needs for its labels; dense charts draw none, so they never need more than the labelled limit. */
export function periodChartMinWidth(periods: number, barsPerPeriod = 1): number {
  const perPeriod = barsPerPeriod > 1 ? barsPerPeriod * SIDE_BY_SIDE_BAR_WIDTH : PERIOD_WIDTH;
  return Math.min(periods, LABELLED_MARKS) * perPeriod + AXIS_WIDTH;
}

/** Width a horizontal bar chart needs: its category names, a plot, and the value label after the longest bar. */
export function categoryChartMinWidth(categories: readonly string[], valueLabels: readonly string[]): number {
  const longestLabel = valueLabels.reduce((n, l) => Math.max(n, labelWidth(l)), 0);
  return axisWidth(categories, 13) + MIN_PLOT_WIDTH + longestLabel + 24;
}

/**
 * Keeps a chart legible on a narrow screen: below the width its labels need, the chart keeps
 * that width and scrolls sideways inside its frame (charts.css) instead of drawing labels over
 * each other or past its edge. Above it, nothing changes.
 */
export function ChartScroll({ minWidth, children }: { minWidth: number; children: ReactNode }) {
  return (
    <div className="chart-scroll" style={{ '--chart-min-width': `${Math.ceil(minWidth)}px` } as CSSProperties}>
      {children}
    </div>
  );
}
