import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useRef } from 'react';
import { DataSourceBanner } from '../features/data-upload/data-source-banner.tsx';
import { FiltersBar } from '../features/filters/filters-bar.tsx';
import { LinkNotice } from '../features/filters/link-notice.tsx';
import { HeadlineStrip } from '../features/headline/headline-strip.tsx';
import { followOtherTabs } from '../state/saved-views-store.ts';
import { mayHaveKeptFile } from '../data/kept-file-database.ts';
import { embedPanelOf, isEmbedPage } from '../state/pages.ts';
import { useSession } from '../state/session-store.ts';
import { useViewStore } from '../state/view-store.ts';
import { ErrorBoundary } from '../components/ui/error-boundary.tsx';
import { PageActions } from '../components/charts/page-actions.ts';
import { AppHeader } from './app-header.tsx';
import { DatasetGate } from './dataset-gate.tsx';
import { PanelGrid } from './panel-grid.tsx';
import { UrlSyncGate } from './url-sync-gate.tsx';
import { ConnectionStatus } from './connection-status.tsx';
import { registerServiceWorker } from './service-worker.ts';
import { useCommandShortcuts } from './use-command-shortcuts.ts';
import { useReturnFocusAfterPresenting } from './use-return-focus.ts';
import { useThemeAttribute } from './use-theme.ts';

const Presentation = lazy(() => import('./presentation.tsx'));
// Only for a page pinned to an earlier dataset version, with the diff code it needs.
const VersionBanner = lazy(() => import('../features/versions/version-banner.tsx'));
// One panel for a frame in another site (embed.html?embed=shipments).
const EmbedView = lazy(() => import('./embed-view.tsx'));
// Below the panels: a chunk of its own.
const BelowTheFold = lazy(() => import('./below-the-fold.tsx'));

function Dashboard() {
  return (
    <>
      {/* Each part fails alone: the rest of the page keeps working (the panels have one each). */}
      <ErrorBoundary name="The key figures">
        <HeadlineStrip />
      </ErrorBoundary>
      <ErrorBoundary name="The filters">
        <FiltersBar />
      </ErrorBoundary>
      <PanelGrid />
      <ErrorBoundary name="The sections below the panels">
        <Suspense
          fallback={
            <p className="loading" role="status">
              Loading the figures table, cross-checks, timeline and sources…
            </p>
          }
        >
          <BelowTheFold />
        </Suspense>
      </ErrorBoundary>
    </>
  );
}

function PinnedVersion() {
  const version = useSession((s) => (s.dataset.source === 'pinned' ? s.dataset.version : null));
  return version ? (
    <ErrorBoundary name="The dataset version banner">
      <Suspense fallback={null}>
        <VersionBanner version={version} />
      </Suspense>
    </ErrorBoundary>
  ) : null;
}

export function App() {
  useThemeAttribute();
  useCommandShortcuts();
  // Saved views changed in another tab reach this one.
  useEffect(followOtherTabs, []);
  // The data the user loaded on an earlier visit comes back, once per page.
  const client = useQueryClient();
  useEffect(() => {
    // Its code loads only where this browser has kept something (most visits have nothing to restore).
    void mayHaveKeptFile().then(async (kept) => {
      if (kept) await (await import('../features/data-upload/open-data-file.ts')).restoreDataFile(client);
    });
  }, [client]);
  const presenting = useViewStore((s) => s.slide !== null);
  useReturnFocusAfterPresenting(presenting);
  // The offline cache's code loads once the first view is on screen, never before the first chart.
  const shown = useSession((s) => s.syncedFor !== null);
  const registered = useRef(false);
  useEffect(() => {
    if (!shown || registered.current) return;
    registered.current = true;
    void registerServiceWorker();
  }, [shown]);
  // An embed page shows one panel from the start (its own, or Shipments for embed.html, unless the link names another).
  const embed = useViewStore((s) => s.embed) ?? (isEmbedPage() ? embedPanelOf(window.location.pathname) : null);
  if (embed)
    return (
      <main id="main" className="app-main app-main--embed">
        <DatasetGate>
          <UrlSyncGate>
            <Suspense fallback={<p className="loading">Loading…</p>}>
              <EmbedView panel={embed} />
            </Suspense>
          </UrlSyncGate>
        </DatasetGate>
      </main>
    );
  return (
    <div className="app">
      {presenting ? null : (
        <>
          <a className="skip-link" href="#main">
            Skip to content
          </a>
          <AppHeader />
          <DataSourceBanner />
          <PinnedVersion />
          <LinkNotice />
        </>
      )}
      {/* Focusable from the skip link, and from a notice above it dismissed (DismissButton). */}
      <main id="main" className="app-main" tabIndex={-1}>
        <DatasetGate>
          <UrlSyncGate>
            {presenting ? (
              <Suspense
                fallback={
                  <div className="loading" role="status">
                    Opening the presentation…
                  </div>
                }
              >
                <PageActions value={false}>
                  <Presentation />
                </PageActions>
              </Suspense>
            ) : (
              <Dashboard />
            )}
          </UrlSyncGate>
        </DatasetGate>
      </main>
      <ConnectionStatus />
    </div>
  );
}
