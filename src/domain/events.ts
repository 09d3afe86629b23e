/**
 * Events as chart annotations: each event goes on the row whose period contains it. An event
 * dated only by year cannot be placed within a quarter, so finer charts leave it out rather
 * than guess where it fell.
 */
import type { DatasetEvent, EventStatus } from '../data/schema.ts';
import type { DatasetIndex } from './dataset-index.ts';
import { inYearRange, type ObservationFilter } from './filters.ts';
import { comparePeriods, parsePeriod, period, periodLabel } from '../data/period.ts';
import { collapseEmptyRuns, type ChartRow, type EventMarker, type GapRun } from './plot.ts';
import { shortCitation } from './sources.ts';
import { countOf } from './format.ts';

const EPSILON = 1e-9;

/** What a plan or an expectation is called beside its title; an event that happened needs no word. */
const EVENT_STATUS_WORDS: Record<EventStatus, string | null> = { happened: null, planned: 'planned', expected: 'expected, not reported as happened' };

/** "14 more Mi Home stores due to open (planned)": the title with what kind of event it is. */
export function eventTitle(e: DatasetEvent): string {
  const word = EVENT_STATUS_WORDS[e.status ?? 'happened'];
  return word ? `${e.title} (${word})` : e.title;
}

/** "3 events in the selected years, in the selected regions or worldwide": a count that names only the filters set. */
export function eventsInViewText(count: number, filter: Pick<ObservationFilter, 'from' | 'to' | 'regions'>): string {
  const where = [
    filter.from !== null || filter.to !== null ? 'in the selected years' : null,
    filter.regions !== null ? 'in the selected regions or worldwide' : null,
  ].filter(Boolean);
  return `${countOf(count, 'event')} ${where.length ? where.join(', ') : 'from the sources'}.`;
}

/** Events in the selected years and regions, worldwide ones and ones with no region kept, in date order. */
export function filteredEvents(index: DatasetIndex, filter: Pick<ObservationFilter, 'from' | 'to' | 'regions'>): DatasetEvent[] {
  const inRegions = (region: string | null) => !filter.regions || region === null || region === 'global' || filter.regions.includes(region);
  return index.events.filter((e) => inYearRange(e.date, filter) && inRegions(e.region)).sort((a, b) => comparePeriods(a.date, b.date));
}

export function withEvents(index: DatasetIndex, rows: readonly ChartRow[], filter: Pick<ObservationFilter, 'from' | 'to' | 'regions'>): ChartRow[] {
  const events = filteredEvents(index, filter);
  return rows.map((row) => {
    const rp = parsePeriod(row.key);
    if (!rp) return row;
    const inside = events.filter((e) => {
      const ep = period(e.date);
      return ep.start >= rp.start - EPSILON && ep.end <= rp.end + EPSILON;
    });
    if (inside.length === 0) return row;
    const markers: EventMarker[] = inside.map((e) => {
      const source = index.source.get(e.sourceId);
      return { id: e.id, date: periodLabel(e.date), title: eventTitle(e), source: source ? shortCitation(source) : e.sourceId };
    });
    return { ...row, events: markers };
  });
}

/**
 * A period chart as drawn: its events marked (when shown), then its long runs of empty periods
 * drawn as one slot each (collapseEmptyRuns). Takeaways read the chart before this.
 */
export function chartAsDrawn<T extends { rows: ChartRow[]; gaps: GapRun[] }>(
  index: DatasetIndex,
  chart: T,
  filter: Pick<ObservationFilter, 'from' | 'to' | 'regions'>,
  showEvents: boolean,
): T {
  return { ...chart, ...collapseEmptyRuns(showEvents ? withEvents(index, chart.rows, filter) : chart.rows, chart.gaps) };
}
