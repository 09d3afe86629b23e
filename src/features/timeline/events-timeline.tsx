import { useState } from 'react';
import { showMore } from '../../components/ui/show-more.ts';
import { usePrinting } from '../../components/ui/use-printing.ts';
import { useDatasetIndex } from '../../hooks/use-dataset-index.ts';
import { eventsInViewText, eventTitle, filteredEvents } from '../../domain/events.ts';
import { periodLabel } from '../../data/period.ts';
import { shortCitation } from '../../domain/sources.ts';
import { formatNumber } from '../../domain/format.ts';
import { useDeferredFilter } from '../../hooks/use-deferred-view.ts';

/** Events shown before "Show all". */
const FIRST = 6;

/** Dated events from the sources (market entries, launches, leadership changes), in the selected years. */
export function EventsTimeline() {
  const index = useDatasetIndex();
  // Deferred like the panels', so a filter change draws the timeline with them, not before them.
  const filter = useDeferredFilter();
  const events = filteredEvents(index, filter);
  const [all, setAll] = useState(false);
  const printing = usePrinting();
  return (
    <section className="section" aria-labelledby="timeline-heading">
      <div className="section__header">
        <h2 id="timeline-heading">Timeline</h2>
        <p className="muted">{eventsInViewText(events.length, filter)}</p>
      </div>
      <ol className="timeline">
        {(all || printing ? events : events.slice(0, FIRST)).map((e) => {
          const source = index.source.get(e.sourceId);
          return (
            <li key={e.id} className="timeline__item" data-category={e.category} data-status={e.status ?? 'happened'}>
              <time className="timeline__date">{periodLabel(e.date)}</time>
              <div>
                <p className="timeline__title">{eventTitle(e)}</p>
                <p className="muted small">
                  {e.category.replace('-', ' ')}
                  {e.region ? ` · ${index.regionLabel.get(e.region) ?? e.region}` : ''}
                  {source ? ` · ${shortCitation(source)}` : ''}
                  {e.note ? ` · ${e.note}` : ''}
                </p>
              </div>
            </li>
          );
        })}
      </ol>
      {events.length > FIRST ? (
        <button type="button" className="button" aria-expanded={all} onClick={(e) => showMore(e.currentTarget, () => setAll(!all), all ? null : FIRST)}>
          {all ? 'Show fewer' : `Show all ${formatNumber(events.length, 0)} events`}
        </button>
      ) : null}
    </section>
  );
}
