import { lazy, Suspense, type ComponentType } from 'react';
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

/** The four panels in a grid, or one of them alone at full width when the view focuses it. */
export function PanelGrid() {
  const focus = useViewStore((s) => s.focus);
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
