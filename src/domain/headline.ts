/**
 * The key figures strip: for each figure, the latest annual value inside the selected years,
 * so the strip always agrees with the panels below it.
 */
import type { DatasetIndex } from './dataset-index.ts';
import { observationsOf } from './dataset-index.ts';
import { filterObservations, narrowsRegions, type ObservationFilter } from './filters.ts';
import { countByStatus, noGoalsReason, type GoalAssessment } from './goals.ts';
import { comparePeriods, period, periodLabel } from '../data/period.ts';
import { formatValue, QUALIFIER_WORDS } from './format.ts';
import { convertedWords, plotPoints, type DisplayOptions, type PlotPoint } from './plot.ts';

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
  /**
   * Set when a page filter cannot narrow this figure (a worldwide total under a region filter,
   * all segments under a segment filter), saying so; null when the filters apply or none is set.
   */
  unfiltered: string | null;
}

function latestAnnual(index: DatasetIndex, metrics: readonly string[], filter: ObservationFilter, display: DisplayOptions): PlotPoint | null {
  const list = filterObservations(
    metrics.flatMap((m) => observationsOf(index, m)),
    { ...filter, regions: null, segments: null },
  ).filter((o) => o.kind === 'reported' && o.entity === 'xiaomi' && o.region === 'global' && period(o.period).granularity === 'year');
  const latest = [...list].sort((a, b) => comparePeriods(a.period, b.period)).at(-1);
  return latest ? (plotPoints(index, [latest], display)[0] ?? null) : null;
}

/** What a figure covers, which decides what a region or segment filter can do to it. */
export type FigureScope = 'group' | 'smartphones' | 'worldwide' | 'goals';

/**
 * What a figure says when a filter set cannot narrow it: one short line, so a card stays
 * compact; the panel's takeaway says why (the sources give no split). null where it would not.
 */
const NOT_NARROWED: Record<FigureScope, { regions: string | null; segments: string | null; both: string }> = {
  // Revenue and profit: worldwide totals of the whole group (profit is not split by segment either).
  group: { regions: 'Worldwide total', segments: 'Whole group, not by segment', both: 'Worldwide, whole group' },
  // Smartphones are a segment: outside a segment filter that leaves them out.
  smartphones: { regions: 'Worldwide total', segments: 'Smartphones, not the chosen segments', both: 'Worldwide smartphones' },
  // A count of countries: worldwide, and no segment's.
  worldwide: { regions: 'Worldwide total', segments: 'Not by segment', both: 'Worldwide, not by segment' },
  // Goals are narrowed by region (their market), never by segment.
  goals: { regions: null, segments: 'Not by segment', both: 'Not by segment' },
};

/** The line a figure of this scope carries under the filters set, saying what they do not narrow; null when they narrow it all. */
export function notNarrowedNote(filter: Pick<ObservationFilter, 'regions' | 'segments'>, scope: FigureScope): string | null {
  const byRegion = narrowsRegions(filter);
  const bySegment = filter.segments !== null && !(scope === 'smartphones' && filter.segments.includes('smartphones'));
  const words = NOT_NARROWED[scope];
  if (byRegion && bySegment) return words.both;
  return byRegion ? words.regions : bySegment ? words.segments : null;
}

/**
 * Each strip figure is the latest annual one the filters leave, which need not be the last year
 * in view: with 2012–2016 chosen, units are for 2014, and the card says "2014, latest year with
 * a figure". A figure for the last year in view is just "2023".
 */
function latestYear(index: DatasetIndex, filter: Pick<ObservationFilter, 'to'>) {
  const last = index.outcomeYears && (filter.to === null ? index.outcomeYears.last : Math.min(filter.to, index.outcomeYears.last));
  return (p: PlotPoint) => {
    const label = periodLabel(p.observation.period);
    return period(p.observation.period).year === last ? label : `${label}, latest year with a figure`;
  };
}

function figure(
  id: string,
  label: string,
  point: PlotPoint | null,
  detail: (p: PlotPoint) => string,
  unfiltered: string | null,
  filter: Pick<ObservationFilter, 'from' | 'to'>,
): HeadlineFigure {
  // The strip shows reported figures only: a derived one may still be drawn in the panel below.
  const where = filter.from !== null || filter.to !== null ? 'in the selected years' : 'in the data on screen';
  if (!point) return { id, label, point, value: 'Unknown', detail: `No reported annual figure ${where}`, unfiltered: null };
  const { qualifier } = point.shown;
  return {
    id,
    label,
    point,
    value: formatValue({ ...point.shown, qualifier: undefined }),
    hedge: qualifier ? QUALIFIER_WORDS[qualifier] : undefined,
    detail: point.convertedWith ? `${detail(point)}, ${convertedWords(point.convertedWith)}` : detail(point),
    unfiltered,
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
  const worldwide = notNarrowedNote(filter, 'group');
  const yearOf = latestYear(index, filter);
  return [
    figure(
      'units',
      units?.observation.metric === 'smartphones_sold' ? 'Smartphones sold' : 'Smartphones shipped',
      units,
      yearOf,
      notNarrowedNote(filter, 'smartphones'),
      filter,
    ),
    figure('revenue', 'Revenue', revenue, yearOf, worldwide, filter),
    figure(
      'profit',
      'Adjusted net profit',
      profit,
      (p) => `${periodLabel(p.observation.period)}${growth ? `, ${growth.text} on the year before` : ''}`,
      worldwide,
      filter,
    ),
    goals.length === 0
      ? {
          id: 'goals',
          label: 'Goals met',
          point: null,
          // "Due" only when the years are what left none: a region filter leaves none in view.
          value: index.dataset.goals.length === 0 ? 'None' : filter.regions === null ? 'None due' : 'None in view',
          detail: noGoalsReason(filter, index.dataset.goals),
          unfiltered: null,
        }
      : {
          id: 'goals',
          label: 'Goals met',
          point: null,
          value: `${counts.met} of ${goals.length}`,
          // Only the counts there are: "0 cannot be judged" is noise beside "1 of 1". Narrowed by
          // the years or regions chosen, it says so: "0 of 1" alone read as all the goals.
          detail:
            [
              goals.length < index.dataset.goals.length ? `${goals.length} of ${index.dataset.goals.length} goals in view` : null,
              counts.unknown ? `${counts.unknown} cannot be judged from the sources` : null,
              judged > counts.met ? `${judged - counts.met} not met or pending` : null,
            ]
              .filter(Boolean)
              .join(', ') || 'Judged on the figures in the sources',
          unfiltered: notNarrowedNote(filter, 'goals'),
        },
    figure('countries', 'Countries present', countries, (p) => periodLabel(p.observation.period), notNarrowedNote(filter, 'worldwide'), filter),
  ];
}
