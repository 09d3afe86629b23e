import { Suspense, useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { PageActions } from '../components/charts/page-actions.ts';
import { ErrorBoundary } from '../components/ui/error-boundary.tsx';
import { useDatasetIndex } from '../hooks/use-dataset-index.ts';
import { EMBED_HEIGHT_MESSAGE, panelPage } from '../state/pages.ts';
import { useSession } from '../state/session-store.ts';
import { serializeViewState } from '../state/url-state.ts';
import { useFilterState, useViewStore } from '../state/view-store.ts';
import { activeFilters, filtersLine } from '../state/active-filters.ts';
import { LinkNotice } from '../features/filters/link-notice.tsx';
import { PANEL_TITLES, pickView, type PanelKey } from '../state/view-state.ts';
import { PANELS } from './panel-grid.tsx';

/** Tells the host page how tall the embedded panel is, so the frame can fit it without scrolling. */
function useReportHeight(panel: PanelKey) {
  useEffect(() => {
    if (window.parent === window) return;
    const report = () => window.parent.postMessage({ type: EMBED_HEIGHT_MESSAGE, panel, height: Math.ceil(document.documentElement.scrollHeight) }, '*');
    const observer = new ResizeObserver(report);
    observer.observe(document.body);
    report();
    return () => observer.disconnect();
  }, [panel]);
}

/** One panel for a frame in another page: its takeaway, chart, table toggle and sources, and the way to the full view. */
export default function EmbedView({ panel }: { panel: PanelKey }) {
  useReportHeight(panel);
  const index = useDatasetIndex();
  const pinned = useSession((s) => s.dataset.source === 'pinned');
  // Read when rendered: the link to the full view follows the embedded view's own choices (table, granularity).
  const view = useViewStore(useShallow(pickView));
  const Panel = PANELS[panel];
  // With no filter bar here, a reader is told what narrows the figures, as on a slide.
  const chips = activeFilters(useFilterState(), index);
  // The panel on its own page, so the link previews this panel wherever it is pasted.
  const full = new URL(
    `./${panelPage(panel)}${serializeViewState({ ...view, embed: null, focus: panel, slide: null, deck: 'panels', savedView: null }, index.dataset.version, pinned)}`,
    window.location.href,
  ).href;
  return (
    <div className="embed">
      {/* Parts of the embed's link it could not use are named, as on the full page. */}
      <LinkNotice />
      {chips.length ? <p className="embed__filters small">Filters: {filtersLine(chips, '')}</p> : null}
      <ErrorBoundary name={`The ${PANEL_TITLES[panel]} panel`}>
        <Suspense fallback={<p className="loading">Loading {PANEL_TITLES[panel]}…</p>}>
          {/* No filters here to undo a filter with: a mark shows its details only. */}
          <PageActions value={false}>
            <Panel />
          </PageActions>
        </Suspense>
      </ErrorBoundary>
      <p className="embed__footer small">
        From <strong>Xiaomi in figures</strong>, where every figure names its source.{' '}
        <a href={full} target="_blank" rel="noopener noreferrer">
          Open the full view
        </a>
      </p>
    </div>
  );
}
