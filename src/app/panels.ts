import { memo, type ComponentType } from 'react';
import { ShipmentsPanel } from '../features/shipments/shipments-panel.tsx';
import { PANEL_KEYS, PANEL_TITLES, type PanelKey } from '../state/view-state.ts';

export interface PanelEntry {
  key: PanelKey;
  title: string;
}

/** The four panels in page order: the dashboard grid renders from this list (slides: see slides.ts). */
export const PANELS: readonly PanelEntry[] = PANEL_KEYS.map((key) => ({ key, title: PANEL_TITLES[key] }));

/**
 * Only the first panel ships in the initial bundle. The other three are chunks of their own,
 * loaded once the first chart is on screen (see useAllPanels), so they never hold it up; or
 * ahead, while a large file is read (loadPanelsAhead).
 */
const LOADERS: Record<PanelKey, () => Promise<ComponentType>> = {
  shipments: () => Promise.resolve(ShipmentsPanel),
  revenue: () => import('../features/revenue/revenue-panel.tsx').then((m) => m.RevenuePanel),
  regions: () => import('../features/regions/regions-panel.tsx').then((m) => m.RegionsPanel),
  goals: () => import('../features/goals/goals-panel.tsx').then((m) => m.GoalsPanel),
};

// Panels take no props and read the view themselves; memo lets them skip the grid's own
// re-renders (a filter change marks the grid as updating before any panel has work to do).
const loaded: Partial<Record<PanelKey, ComponentType>> = { shipments: memo(ShipmentsPanel) };
let loading: Promise<void> | null = null;

/** The panel's component, or undefined while its code has not loaded. */
export function loadedPanel(key: PanelKey): ComponentType | undefined {
  return loaded[key];
}

export function allPanelsLoaded(): boolean {
  return PANEL_KEYS.every((key) => loaded[key]);
}

/**
 * Loads the other panels' code during a long wait for the data (a large file read off the page),
 * so the other three panels render right after the first is painted, without waiting for the
 * browser to be idle and their code to load. A failure is left for useAllPanels to meet when
 * the data is in.
 */
export function loadPanelsAhead(): void {
  void loadAllPanels().catch(() => undefined);
}

/** Whether every panel's code was asked for: loaded, or on its way (a failed load is not). */
export function panelsRequested(): boolean {
  return loading !== null;
}

/** Loads every panel's code, once. A failed load (a dropped connection) can be tried again. */
export function loadAllPanels(): Promise<void> {
  loading ??= Promise.all(
    PANEL_KEYS.map(async (key) => {
      loaded[key] ??= memo(await LOADERS[key]());
    }),
  ).then(
    () => undefined,
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}
