/**
 * Everything about the current view that a shared link must reproduce: filters, per-panel
 * choices, presentation slide and theme. Plain data, no React, so the URL layer and the tests
 * can build and compare states directly.
 */
import type { Currency } from '../data/schema.ts';
import type { ObservationFilter } from '../domain/filters.ts';
import type { RankGranularity, ShipmentsGranularity } from '../domain/panel-granularities.ts';

export const PANEL_KEYS = ['shipments', 'revenue', 'regions', 'goals'] as const;
export type PanelKey = (typeof PANEL_KEYS)[number];

export const PANEL_TITLES: Record<PanelKey, string> = {
  shipments: 'Shipments',
  revenue: 'Revenue segments',
  regions: 'Regional performance',
  goals: 'Goal tracking',
};

/** Presentation slides: a title slide, then one per panel. */
export const SLIDE_COUNT = PANEL_KEYS.length + 1;

/** Which deck the presentation shows: the panels of the current view, or the user's saved views in order. */
export const DECKS = ['panels', 'saved'] as const;
export type Deck = (typeof DECKS)[number];

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export interface ViewState {
  /** Inclusive year range; null = open-ended. */
  from: number | null;
  to: number | null;
  currency: Currency;
  /** Restate targets given in the other currency at the rate a source states (off: each in its own). */
  convertTargets: boolean;
  /** null = all (untouched); [] = explicitly none. */
  regions: string[] | null;
  segments: string[] | null;
  /** Show values computed from stated figures. */
  derived: boolean;
  /** Annotate time charts with dated events. */
  events: boolean;
  shipmentsGranularity: ShipmentsGranularity;
  ranksGranularity: RankGranularity;
  /** Panels currently showing their table instead of their chart. */
  tables: PanelKey[];
  /** What the list of all figures is searched for ('' = no search). */
  search: string;
  /** A panel shown on its own, full width. */
  focus: PanelKey | null;
  /** A panel shown alone with no page around it, for a frame in another site (embed.html). */
  embed: PanelKey | null;
  /** 1-based presentation slide; null when not presenting. */
  slide: number | null;
  deck: Deck;
  /** The saved view a saved-deck slide shows, by id, so a link never lands on another browser's slide of that number. */
  savedView: string | null;
  theme: Theme;
}

export const DEFAULT_VIEW: ViewState = {
  from: null,
  to: null,
  currency: 'RMB',
  convertTargets: false,
  regions: null,
  segments: null,
  derived: true,
  events: true,
  shipmentsGranularity: 'year',
  ranksGranularity: 'year',
  tables: [],
  search: '',
  focus: null,
  embed: null,
  slide: null,
  deck: 'panels',
  savedView: null,
  theme: 'system',
};

/** Every key of the view, in a fixed order (the URL writes them in this order). */
export const VIEW_KEYS = Object.keys(DEFAULT_VIEW) as (keyof ViewState)[];

/** Some keys of a view, as plain data, without anything else a store may hold. */
export function pickKeys<K extends keyof ViewState>(s: Pick<ViewState, K>, keys: readonly K[]): Pick<ViewState, K> {
  const out = {} as Pick<ViewState, K>;
  for (const k of keys) out[k] = s[k];
  return out;
}

/** The whole view as plain data (no store actions), for the URL and saved views. */
export function pickView(s: ViewState): ViewState {
  return pickKeys(s, VIEW_KEYS);
}

/** The page-wide filters (as opposed to per-panel view choices), which Reset filters clears. */
export const FILTER_KEYS = ['from', 'to', 'currency', 'regions', 'segments', 'derived', 'events'] as const satisfies readonly (keyof ViewState)[];
export type FilterState = Pick<ViewState, (typeof FILTER_KEYS)[number]>;

export function filterState(s: FilterState): FilterState {
  return pickKeys(s, FILTER_KEYS);
}

export function observationFilter(s: Pick<ViewState, 'from' | 'to' | 'regions' | 'segments' | 'derived'>): ObservationFilter {
  return { from: s.from, to: s.to, regions: s.regions, segments: s.segments, derived: s.derived };
}
