import { AllFigures } from '../features/figures/all-figures.tsx';
import { FiltersBar } from '../features/filters/filters-bar.tsx';
import { LinkNotice } from '../features/filters/link-notice.tsx';
import { HeadlineStrip } from '../features/headline/headline-strip.tsx';
import { SourcesList } from '../features/sources/sources-list.tsx';
import { EventsTimeline } from '../features/timeline/events-timeline.tsx';
import { DatasetGate } from './dataset-gate.tsx';
import { PanelGrid } from './panel-grid.tsx';
import { UrlSyncGate } from './url-sync-gate.tsx';
import { useCommandShortcuts } from './use-command-shortcuts.ts';
import { useThemeAttribute } from './use-theme.ts';

export function App() {
  useThemeAttribute();
  useCommandShortcuts();
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <div>
          <h1>Xiaomi in figures</h1>
          <p className="app-header__tagline">
            Shipments, revenue, markets and announced goals, 2012–2023, from five published articles. Every figure names its source.
          </p>
        </div>
      </header>
      <LinkNotice />
      <main id="main" className="app-main">
        <DatasetGate>
          <UrlSyncGate>
            <HeadlineStrip />
            <FiltersBar />
            <PanelGrid />
            <AllFigures />
            <EventsTimeline />
            <SourcesList />
          </UrlSyncGate>
        </DatasetGate>
      </main>
    </div>
  );
}
