/**
 * Saved views as slides. A saved view is stored as its canonical link (without a slide); to
 * present it, its view is applied whole, so the address bar always describes the slide shown.
 */
import type { SavedView } from './saved-views.ts';
import { parseViewState, serializeViewState, type ParsedUrl, type UrlContext, type UrlNotice } from './url-state.ts';
import { DEFAULT_VIEW, PANEL_KEYS, type Theme, type ViewState } from './view-state.ts';

/**
 * The view to store when saving: a panel slide being presented becomes that panel in focus. The
 * theme is the reader's, not the view's: kept, a deck would flip dark and light between slides.
 */
export function viewForSaving(state: ViewState): ViewState {
  const slidePanel = state.deck === 'panels' && state.slide !== null && state.slide > 1 ? (PANEL_KEYS[state.slide - 2] ?? null) : null;
  return { ...state, focus: slidePanel ?? state.focus, embed: null, slide: null, deck: 'panels', savedView: null, theme: DEFAULT_VIEW.theme };
}

export function savedViewQuery(state: ViewState, dataVersion: string | null): string {
  return serializeViewState(viewForSaving(state), dataVersion);
}

/**
 * A saved view as it opens: the page, whatever its link says. Saving never stores a frame, a
 * slide or a deck (viewForSaving); a deck file edited by hand may, and a view that opened as a
 * bare frame would leave its presenter with no slide controls and no way out.
 */
export function savedViewState(view: SavedView, ctx: UrlContext, theme: Theme = DEFAULT_VIEW.theme): ParsedUrl {
  const parsed = parseViewState(view.query, ctx);
  const { state } = parsed;
  const stored = viewForSaving(state);
  // Each part the view drops, by the name its link gives it, unless the link's reading already said so.
  const parts = [
    ['embed', 'embed'],
    ['slide', 'slide'],
    ['deck', 'deck'],
    ['savedView', 'sv'],
  ] as const;
  const dropped = parts.filter(([key, param]) => stored[key] !== state[key] && !parsed.notices.some((n) => n.param === param && n.action === 'ignored'));
  return {
    ...parsed,
    // In the theme on screen (`theme`), whatever a view saved before themes were left out says.
    state: { ...stored, focus: state.focus, theme },
    notices: [
      ...parsed.notices.filter((n) => !dropped.some(([, param]) => n.param === param)),
      ...dropped.map(([key, param]): UrlNotice => ({ param, raw: String(state[key]), reason: 'a saved view opens the whole page', action: 'ignored' })),
    ],
  };
}

/** The whole view for slide `slide` of the saved deck. */
export function savedSlideState(view: SavedView, slide: number, ctx: UrlContext, theme: Theme = DEFAULT_VIEW.theme): ViewState {
  return { ...savedViewState(view, ctx, theme).state, deck: 'saved', slide, savedView: view.id };
}
