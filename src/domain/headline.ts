/**
 * The key figures strip: for each figure, the latest annual value inside the selected years,
 * so the strip always agrees with the panels below it.
 */
import type { DatasetIndex } from './dataset-index.ts';
import { observationsOf } from './dataset-index.ts';
import { filterObservations, type ObservationFilter } from './filters.ts';
import { countByStatus, type GoalAssessment } from './goals.ts';
import { comparePeriods, period, periodLabel } from '../data/period.ts';
import { formatValue, QUALIFIER_WORDS } from './format.ts';
import { plotPoints, type DisplayOptions, type PlotPoint } from './plot.ts';

export interface HeadlineFigure {
  id: string;
  label: string;
  /** Null when nothing in range: the strip says so instead of showing a stale number. */
  point: PlotPoint | null;
  /** Compact value without its hedge, e.g. "145.6 million". */
  value: string;
  /** "about", "more than"… when the source hedged the figure. */
  hedge?: string;
  detail: string;
}

function latestAnnual(index: DatasetIndex, metrics: readonly string[], filter: ObservationFilter, display: DisplayOptions): PlotPoint | null {
  const list = filterObservations(
    metrics.flatMap((m) => observationsOf(index, m)),
    { ...filter, regions: null, segments: null },
  ).filter((o) => o.kind === 'reported' && o.entity === 'xiaomi' && o.region === 'global' && period(o.period).granularity === 'year');
  const latest = [...list].sort((a, b) => comparePeriods(a.period, b.period)).at(-1);
  return latest ? (plotPoints(index, [latest], display)[0] ?? null) : null;
}

function figure(id: string, label: string, point: PlotPoint | null, detail: (p: PlotPoint) => string): HeadlineFigure {
  if (!point) return { id, label, point, value: 'Unknown', detail: 'No figure in the selected years' };
  const { qualifier } = point.shown;
  return {
    id,
    label,
    point,
    value: formatValue({ ...point.shown, qualifier: undefined }),
    hedge: qualifier ? QUALIFIER_WORDS[qualifier] : undefined,
    detail: detail(point),
  };
}

export function headlineFigures(index: DatasetIndex, filter: ObservationFilter, display: DisplayOptions, goals: readonly GoalAssessment[]): HeadlineFigure[] {
  const units = latestAnnual(index, ['smartphone_shipments', 'smartphones_sold'], filter, display);
  const revenue = latestAnnual(index, ['revenue'], filter, display);
  const profit = latestAnnual(index, ['adjusted_net_profit'], filter, display);
  const growth =
    profit &&
    latestAnnual(
      index,
      ['adjusted_net_profit_growth_yoy'],
      { ...filter, from: period(profit.observation.period).year, to: period(profit.observation.period).year },
      display,
    );
  const countries = latestAnnual(index, ['countries_present'], filter, display);
  const counts = countByStatus(goals);
  const judged = goals.length - counts.unknown;
  return [
    figure('units', units?.observation.metric === 'smartphones_sold' ? 'Latest annual smartphones sold' : 'Latest annual smartphone shipments', units, (p) =>
      periodLabel(p.observation.period),
    ),
    figure('revenue', 'Latest annual revenue', revenue, (p) => periodLabel(p.observation.period)),
    figure('profit', 'Adjusted net profit', profit, (p) => `${periodLabel(p.observation.period)}${growth ? `, ${growth.text} on the year before` : ''}`),
    goals.length === 0
      ? { id: 'goals', label: 'Announced goals met', point: null, value: 'None due', detail: 'No announced goal has a deadline in the selected years' }
      : {
          id: 'goals',
          label: 'Announced goals met',
          point: null,
          value: `${counts.met} of ${goals.length}`,
          detail: `${counts.unknown} cannot be judged from the sources${judged > counts.met ? `, ${judged - counts.met} not met or pending` : ''}`,
        },
    figure('countries', 'Countries with Xiaomi sales', countries, (p) => periodLabel(p.observation.period)),
  ];
}
