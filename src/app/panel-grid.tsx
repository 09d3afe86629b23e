import { lazy, Suspense, useLayoutEffect, useRef, type ComponentType } from 'react';
import { focusButtonId } from '../components/panel-chrome/panel-view-controls.tsx';
import { CommandButton } from '../components/ui/command-button.tsx';
import { ErrorBoundary } from '../components/ui/error-boundary.tsx';
import { ShipmentsPanel } from '../features/shipments/shipments-panel.tsx';
import { useViewUpdating } from '../hooks/use-view-updating.ts';
import { showAllPanelsCommand } from '../state/commands.ts';
import { useViewStore } from '../state/view-store.ts';
import { PANEL_KEYS, PANEL_TITLES, type PanelKey } from '../state/view-state.ts';

/** The first panel ships with the page; the other three are chunks of their own, loaded as the page starts. */
export const PANELS: Record<PanelKey, ComponentType> = {
  shipments: ShipmentsPanel,
  revenue: lazy(() => import('../features/revenue/revenue-panel.tsx').then((m) => ({ default: m.RevenuePanel }))),
  regions: lazy(() => import('../features/regions/regions-panel.tsx').then((m) => ({ default: m.RegionsPanel }))),
  goals: lazy(() => import('../features/goals/goals-panel.tsx').then((m) => ({ default: m.GoalsPanel }))),
};

/**
 * Leaving a panel's Focus (Escape, Show all panels, its Focus button, Back) returns to that
 * panel among the others, not to the top of the page; keyboard focus, if its button left with
 * it, goes to the panel's Focus button.
 */
function useReturnFromFocus(focus: PanelKey | null) {
  const previous = useRef(focus);
  useLayoutEffect(() => {
    const left = previous.current;
    previous.current = focus;
    if (focus !== null || left === null) return;
    const panel = document.getElementById(left);
    if (!panel) return;
    panel.scrollIntoView({ block: 'start' });
    const active = document.activeElement;
    // A click on no control leaves the keyboard on the page's body or its <main>: nowhere to keep.
    const onNothing = !active || active === document.body || active.tagName === 'MAIN';
    if (!onNothing && panel.contains(active)) active.scrollIntoView({ block: 'nearest' });
    else if (onNothing) document.getElementById(focusButtonId(left))?.focus({ preventScroll: true });
  }, [focus]);
}

/** The four panels in a grid, or one of them alone at full width when the view focuses it. */
export function PanelGrid() {
  const focus = useViewStore((s) => s.focus);
  useReturnFromFocus(focus);
  const updating = useViewUpdating();
  const shown = focus ? [focus] : PANEL_KEYS;
  return (
    <>
      {focus ? (
        <div className="focus-bar">
          <p>
            Showing <strong>{PANEL_TITLES[focus]}</strong> on its own.
          </p>
          <CommandButton command={showAllPanelsCommand} />
        </div>
      ) : null}
      <div className={`panels${focus ? ' panels--focused' : ''}`} aria-busy={updating}>
        {shown.map((key) => {
          const Panel = PANELS[key];
          return (
            <ErrorBoundary key={key} name={`The ${PANEL_TITLES[key]} panel`}>
              <Suspense fallback={<div className="panel panel--placeholder" data-loading={key} aria-hidden="true" />}>
                <Panel />
              </Suspense>
            </ErrorBoundary>
          );
        })}
      </div>
    </>
  );
}
