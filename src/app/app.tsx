import { ErrorBoundary } from '../components/ui/error-boundary.tsx';
import { AllFigures } from '../features/figures/all-figures.tsx';
import { HeadlineStrip } from '../features/headline/headline-strip.tsx';
import { SourcesList } from '../features/sources/sources-list.tsx';
import { EventsTimeline } from '../features/timeline/events-timeline.tsx';
import { DatasetGate } from './dataset-gate.tsx';
import { PANELS } from './panels.ts';
import { useThemeAttribute } from './use-theme.ts';

export function App() {
  useThemeAttribute();
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <div>
          <h1>Xiaomi in figures</h1>
          <p className="app-header__tagline">Shipments, revenue, markets and announced goals, 2012–2023, from five published articles. Every figure names its source.</p>
        </div>
      </header>
      <main id="main" className="app-main">
        <DatasetGate>
          <HeadlineStrip />
          <div className="panels">
            {PANELS.map(({ key, title, Component }) => (
              <ErrorBoundary key={key} name={`The ${title} panel`}>
                <Component />
              </ErrorBoundary>
            ))}
          </div>
          <AllFigures />
          <EventsTimeline />
          <SourcesList />
        </DatasetGate>
      </main>
    </div>
  );
}
