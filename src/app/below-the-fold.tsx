import { AllFigures } from '../features/figures/all-figures.tsx';
import { CrossChecksSection } from '../features/provenance/cross-checks-section.tsx';
import { SavedViewsSection } from '../features/saved-views/saved-views-section.tsx';
import { SourcesSection } from '../features/sources/sources-section.tsx';
import { EventsTimeline } from '../features/timeline/events-timeline.tsx';

/** The sections under the panels, in one chunk loaded after the first paint. */
export default function BelowTheFold() {
  return (
    <>
      <SavedViewsSection />
      <AllFigures />
      <CrossChecksSection />
      <EventsTimeline />
      <SourcesSection />
    </>
  );
}
