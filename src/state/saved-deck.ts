/**
 * Saved views as slides. A saved view is stored as its canonical link (without a slide); to
 * present it, its view is applied whole, so the address bar always describes the slide shown.
 */
import type { SavedView } from './saved-views.ts';
import { parseViewState, serializeViewState, type UrlContext } from './url-state.ts';
import { PANEL_KEYS, type ViewState } from './view-state.ts';

/** The view to store when saving: a panel slide being presented becomes that panel in focus. */
export function viewForSaving(state: ViewState): ViewState {
  const slidePanel = state.deck === 'panels' && state.slide !== null && state.slide > 1 ? (PANEL_KEYS[state.slide - 2] ?? null) : null;
  return { ...state, focus: slidePanel ?? state.focus, embed: null, slide: null, deck: 'panels', savedView: null };
}

export function savedViewQuery(state: ViewState, dataVersion: string | null): string {
  return serializeViewState(viewForSaving(state), dataVersion);
}

/** The whole view for slide `slide` of the saved deck. */
export function savedSlideState(view: SavedView, slide: number, ctx: UrlContext): ViewState {
  const { state } = parseViewState(view.query, ctx);
  return { ...state, deck: 'saved', slide, savedView: view.id };
}
