import { ErrorBoundary } from '../components/ui/error-boundary.tsx';
import { useViewStore } from '../state/view-store.ts';
import { PANEL_TITLES } from '../state/view-state.ts';
import { PANELS } from './panels.ts';

/** The four panels in a grid, or one of them alone at full width when the view focuses it. */
export function PanelGrid() {
  const focus = useViewStore((s) => s.focus);
  const setFocus = useViewStore((s) => s.setFocus);
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
      <div className={focus ? 'panels panels--focused' : 'panels'}>
        {shown.map(({ key, title, Component }) => (
          <ErrorBoundary key={key} name={`The ${title} panel`}>
            <Component />
          </ErrorBoundary>
        ))}
      </div>
    </>
  );
}
