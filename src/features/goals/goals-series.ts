import type { SeriesStyle } from '../../components/charts/series-style.ts';
import type { ChartRow } from '../../domain/plot.ts';

/**
 * How the goal progress bars look and are labelled, shared by the panel and its slide. Blue, not
 * the green of a met goal: a bar measures how far the best figure went, not the goal's status
 * (a goal judged on half a year's sales is unknown, whatever its bar's length).
 */
export const PROGRESS_SERIES: SeriesStyle = { id: 'progress', label: 'Progress toward target', color: 'blue', role: 'value' };
const TARGET_LINE = { value: 100, label: 'Target' };
const percentTick = (n: number) => `${n}%`;
const progressLabel = (row: ChartRow) => row.points.progress?.short ?? '';

/** What the progress chart is on the page and on its slide alike; each sets its own size and ticks. */
export const PROGRESS_CHART = {
  series: PROGRESS_SERIES,
  valueTick: percentTick,
  labelOf: progressLabel,
  reference: TARGET_LINE,
  label: "Progress toward each goal's target",
};
