import { ErrorBoundary } from '../components/ui/error-boundary.tsx';
import { ErrorBox } from '../components/ui/error-box.tsx';
import { useViewUpdating } from '../hooks/use-view-updating.ts';
import { useViewStore } from '../state/view-store.ts';
import { PANEL_TITLES } from '../state/view-state.ts';
import { loadedPanel, PANELS } from './panels.ts';
import type { AllPanels } from './use-all-panels.ts';

/**
 * The four panels in a grid, or one of them alone at full width when the view focuses it. The
 * first panel renders at once; the others once it is painted and their code is in (`all`), so
 * a chart is on screen as early as possible.
 */
export function PanelGrid({ all }: { all: AllPanels }) {
  const focus = useViewStore((s) => s.focus);
  const setFocus = useViewStore((s) => s.setFocus);
  const updating = useViewUpdating();
  const shown = focus ? PANELS.filter((p) => p.key === focus) : PANELS;
  return (
    <>
      {focus ? (
        <div className="focus-bar">
          <p>
            Showing <strong>{PANEL_TITLES[focus]}</strong> on its own.
          </p>
          <button type="button" className="button" onClick={() => setFocus(null)}>
            Show all panels
          </button>
        </div>
      ) : null}
      <div className={`panels${focus ? ' panels--focused' : ''}${updating ? ' panels--updating' : ''}`} aria-busy={updating}>
        {shown.map(({ key, title }, i) => {
          const Component = loadedPanel(key);
          if (Component && (all.ready || i === 0)) {
            return (
              <ErrorBoundary key={key} name={`The ${title} panel`}>
                <Component />
              </ErrorBoundary>
            );
          }
          if (all.error) return <ErrorBox key={key} name={`The ${title} panel`} error={all.error} onRetry={all.retry} />;
          return <div key={key} className="panel panel--placeholder" aria-hidden="true" />;
        })}
      </div>
    </>
  );
}
