import type { ComponentType } from 'react';
import { GoalsSlide } from '../features/goals/goals-slide.tsx';
import { RegionsSlide } from '../features/regions/regions-slide.tsx';
import { RevenueSlide } from '../features/revenue/revenue-slide.tsx';
import { ShipmentsSlide } from '../features/shipments/shipments-slide.tsx';
import type { PanelKey } from '../state/view-state.ts';
import type { PanelSlideProps } from '../components/ui/slide-layout.tsx';

/** One slide per panel, in panel order (after the title slide). Kept apart from panel-grid.tsx so slides load with the deck. */
export const PANEL_SLIDES: Record<PanelKey, ComponentType<PanelSlideProps>> = {
  shipments: ShipmentsSlide,
  revenue: RevenueSlide,
  regions: RegionsSlide,
  goals: GoalsSlide,
};
