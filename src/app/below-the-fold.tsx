import { ErrorBoundary } from '../components/ui/error-boundary.tsx';
import { AllFigures } from '../features/figures/all-figures.tsx';
import { CrossChecksSection } from '../features/provenance/cross-checks-section.tsx';
import { SavedViewsSection } from '../features/saved-views/saved-views-section.tsx';
import { SourcesSection } from '../features/sources/sources-section.tsx';
import { EventsTimeline } from '../features/timeline/events-timeline.tsx';

const SECTIONS = [
  ['The saved views', SavedViewsSection],
  ['The table of all figures', AllFigures],
  ['The cross-checks', CrossChecksSection],
  ['The timeline', EventsTimeline],
  ['The sources', SourcesSection],
] as const;

/** The sections under the panels, in one chunk of their own; each fails alone. */
export default function BelowTheFold() {
  return (
    <>
      {SECTIONS.map(([name, Section]) => (
        <ErrorBoundary key={name} name={name}>
          <Section />
        </ErrorBoundary>
      ))}
    </>
  );
}
