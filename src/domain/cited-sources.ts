/**
 * The articles a citation of the view names: those behind every figure it shows, as the panels
 * draw and list them, and as All figures lists them. A filter that cannot narrow a figure
 * leaves it on screen (a worldwide total under a region filter), so its article is cited; a
 * figure converted to USD cites the article that states its rate too (pointSources).
 */
import type { Source } from '../data/schema.ts';
import type { DatasetIndex } from './dataset-index.ts';
import { filterObservations, type ObservationFilter } from './filters.ts';
import type { GoalAssessment } from './goals.ts';
import { headlineFigures } from './headline.ts';
import type { RankGranularity, ShipmentsGranularity } from './panel-granularities.ts';
import { NO_MONEY, type DisplayOptions, type PlotPoint } from './plot.ts';
import { regionsData, regionsShown } from './regions.ts';
import { revenueData, revenueShown } from './revenue.ts';
import { shipmentsData, shipmentsShown } from './shipments.ts';
import { goalSources, pointSources } from './sources.ts';

export interface CitedView {
  filter: ObservationFilter;
  display: DisplayOptions;
  shipmentsGranularity: ShipmentsGranularity;
  ranksGranularity: RankGranularity;
  convertTargets: boolean;
  /** The goals Goal tracking shows (goalsInView). */
  goals: readonly GoalAssessment[];
  /** One panel alone (under the key figures, which stay), or the whole page. */
  focus: 'shipments' | 'revenue' | 'regions' | 'goals' | null;
}

/** The view's articles, once each, in the dataset's order. */
export function citedSources(index: DatasetIndex, view: CitedView): Source[] {
  const { filter, display, focus } = view;
  const shows = (panel: NonNullable<CitedView['focus']>) => focus === null || focus === panel;
  const points: PlotPoint[] = [];
  const ids = new Set<string>();
  // The key figures head the page, a focused panel's too.
  for (const f of headlineFigures(index, filter, display, view.goals)) if (f.point) points.push(f.point);
  // All figures lists every figure the filters keep, a panel's or none.
  if (focus === null) for (const o of filterObservations(index.dataset.observations, filter)) ids.add(o.sourceId);
  if (shows('shipments')) points.push(...shipmentsShown(shipmentsData(index, filter, view.shipmentsGranularity, NO_MONEY)));
  if (shows('revenue')) points.push(...revenueShown(revenueData(index, filter, display, { convertTargets: view.convertTargets })));
  if (shows('regions')) points.push(...regionsShown(regionsData(index, filter, view.ranksGranularity, NO_MONEY)));
  for (const s of pointSources(index, points)) ids.add(s.id);
  if (shows('goals')) for (const s of goalSources(index, view.goals)) ids.add(s.id);
  return index.dataset.sources.filter((s) => ids.has(s.id));
}
