/**
 * The zustand store for view state. Actions sit next to the state they change; components
 * read it through the narrow hooks below (primitives, or useShallow for objects), never by
 * selecting the whole store.
 */
import { create } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { Currency } from '../data/schema.ts';
import type { RankGranularity, ShipmentsGranularity } from '../domain/panel-granularities.ts';
import { DEFAULT_VIEW, FILTER_KEYS, filterState, pickView, type FilterState, type PanelKey, type Theme, type ViewState } from './view-state.ts';

export interface ViewActions {
  /** Sets the years; a range given back to front is put in order, and the result says so (true). */
  setRange: (from: number | null, to: number | null) => boolean;
  setCurrency: (currency: Currency) => void;
  setRegions: (regions: string[] | null) => void;
  setSegments: (segments: string[] | null) => void;
  setDerived: (derived: boolean) => void;
  setEvents: (events: boolean) => void;
  setShipmentsGranularity: (g: ShipmentsGranularity) => void;
  setRanksGranularity: (g: RankGranularity) => void;
  toggleTable: (panel: PanelKey) => void;
  setFocus: (panel: PanelKey | null) => void;
  setSlide: (slide: number | null) => void;
  setTheme: (theme: Theme) => void;
  setSearch: (search: string) => void;
  /** Cross-filtering: narrow the page to one year (clicking a period in a chart). */
  selectYear: (year: number) => void;
  resetFilters: () => void;
  /** Applies several view changes at once (removing a chip, applying a saved view). */
  patch: (changes: Partial<ViewState>) => void;
  /** Replaces the whole view (hydrating from a URL or a saved view). */
  replace: (view: ViewState) => void;
  /** Presents the saved views from `first`, their first slide, remembering the view to come back to. */
  presentSaved: (first: ViewState) => void;
  /** Leaves the deck: for saved views, back to the view they were presented from; else this view, without its slide. */
  leaveDeck: () => void;
}

export interface ViewMemory {
  /**
   * The view the saved views were presented from, which leaving their deck returns to: each of
   * their slides applies a whole view. Null for a deck opened from a link, and not in the link.
   */
  presentedFrom: ViewState | null;
}

export type ViewStore = ViewState & ViewMemory & ViewActions;

export const useViewStore = create<ViewStore>()((set) => ({
  ...DEFAULT_VIEW,
  presentedFrom: null,
  setRange: (from, to) => {
    // A reversed range is reordered rather than allowed to lock the controls.
    const swapped = from !== null && to !== null && from > to;
    set(swapped ? { from: to, to: from } : { from, to });
    return swapped;
  },
  setCurrency: (currency) => set({ currency }),
  setRegions: (regions) => set({ regions }),
  setSegments: (segments) => set({ segments }),
  setDerived: (derived) => set({ derived }),
  setEvents: (events) => set({ events }),
  setShipmentsGranularity: (shipmentsGranularity) => set({ shipmentsGranularity }),
  setRanksGranularity: (ranksGranularity) => set({ ranksGranularity }),
  toggleTable: (panel) => set((s) => ({ tables: s.tables.includes(panel) ? s.tables.filter((p) => p !== panel) : [...s.tables, panel] })),
  setFocus: (focus) => set({ focus }),
  setSlide: (slide) => set({ slide }),
  setTheme: (theme) => set({ theme }),
  setSearch: (search) => set({ search }),
  selectYear: (year) => set({ from: year, to: year }),
  resetFilters: () => set(Object.fromEntries(FILTER_KEYS.map((k) => [k, DEFAULT_VIEW[k]]))),
  patch: (changes) => set(changes),
  // Moving between saved slides keeps the view to return to; any other whole view (Back, a link) drops it.
  replace: (view) => set((s) => ({ ...view, presentedFrom: view.deck === 'saved' ? s.presentedFrom : null })),
  presentSaved: (first) => set((s) => ({ ...first, presentedFrom: s.deck === 'saved' ? s.presentedFrom : pickView(s) })),
  leaveDeck: () =>
    set((s) =>
      s.deck === 'saved' && s.presentedFrom
        ? { ...s.presentedFrom, presentedFrom: null }
        : { slide: null, deck: 'panels', savedView: null, presentedFrom: null },
    ),
}));

/** True when any page filter differs from its default (for Reset and the chips). */
export function hasActiveFilters(s: FilterState): boolean {
  return FILTER_KEYS.some((k) => s[k] !== DEFAULT_VIEW[k]);
}

export function useFilterState(): FilterState {
  return useViewStore(useShallow(filterState));
}

export function useShowsTable(panel: PanelKey): boolean {
  return useViewStore((s) => s.tables.includes(panel));
}
