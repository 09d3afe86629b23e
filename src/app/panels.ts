import type { ComponentType } from 'react';
import { GoalsPanel } from '../features/goals/goals-panel.tsx';
import { RegionsPanel } from '../features/regions/regions-panel.tsx';
import { RevenuePanel } from '../features/revenue/revenue-panel.tsx';
import { ShipmentsPanel } from '../features/shipments/shipments-panel.tsx';
import { PANEL_KEYS, PANEL_TITLES, type PanelKey } from '../state/view-state.ts';

export interface PanelEntry {
  key: PanelKey;
  title: string;
  Component: ComponentType;
}

const COMPONENTS: Record<PanelKey, ComponentType> = {
  shipments: ShipmentsPanel,
  revenue: RevenuePanel,
  regions: RegionsPanel,
  goals: GoalsPanel,
};

/** The four panels in page order: the dashboard grid renders from this list (slides: see slides.ts). */
export const PANELS: readonly PanelEntry[] = PANEL_KEYS.map((key) => ({ key, title: PANEL_TITLES[key], Component: COMPONENTS[key] }));
