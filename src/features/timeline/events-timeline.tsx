import { useDatasetIndex } from '../../hooks/use-dataset-index.ts';
import { filteredEvents } from '../../domain/events.ts';
import { periodLabel } from '../../data/period.ts';
import { shortCitation } from '../../domain/sources.ts';
import { useObservationFilter } from '../../state/view-store.ts';
import { formatNumber } from '../../domain/format.ts';

/** Dated events from the sources (market entries, launches, leadership changes), in the selected years. */
export function EventsTimeline() {
  const index = useDatasetIndex();
  const filter = useObservationFilter();
  const events = filteredEvents(index, filter);
  return (
    <section className="section" aria-labelledby="timeline-heading">
      <div className="section__header">
        <h2 id="timeline-heading">Timeline</h2>
        <p className="muted">{formatNumber(events.length, 0)} events in the selected years.</p>
      </div>
      <ol className="timeline">
        {events.map((e) => {
          const source = index.source.get(e.sourceId);
          return (
            <li key={e.id} className="timeline__item" data-category={e.category}>
              <time className="timeline__date">{periodLabel(e.date)}</time>
              <div>
                <p className="timeline__title">{e.title}</p>
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
    </section>
  );
}
