/**
 * Keeps the address bar and the view store in step, with the store as the single source:
 * hydrate once from the link, write every change back (pushState, so Back and Forward step
 * through views; replaceState for changes that are not worth a history entry), and follow
 * Back/Forward by re-reading the link.
 */
import { PUBLISHED, publishedVersion } from '../data/published-versions.ts';
import type { DatasetIndex } from '../domain/dataset-index.ts';
import { useSession, type DatasetChoice } from './session-store.ts';
import { savedSlideState } from './saved-deck.ts';
import { useSavedViews } from './saved-views-store.ts';
import { parseViewState, serializeViewState, VIEW_KEYS, type UrlContext } from './url-state.ts';
import { documentTitle, isEmbedPage, pageForView, panelEmbedPage, panelOfPage, panelOfView } from './pages.ts';
import { pickView, SLIDE_COUNT, type PanelKey, type ViewState } from './view-state.ts';
import { useViewStore } from './view-store.ts';

/**
 * Moving between slides, switching theme or typing on in a search replaces the entry: Back should
 * leave the deck (or the search), not replay it a letter at a time. Starting a search adds one,
 * so Back returns to the view before it; so does clearing one, so Back brings it back. A slide of
 * the saved deck brings its view's filters with it, and is still only a move between slides.
 * Opening or leaving the deck adds one, so Back from a deck returns to the view under it.
 */
function replacesEntry(changed: readonly (keyof ViewState)[], state: ViewState, prev: ViewState): boolean {
  // An embedded panel lives in another site's page, whose Back button stays that page's.
  if (state.embed !== null || isEmbedPage()) return true;
  if (changed.includes('slide') && state.slide !== null && prev.slide !== null && state.deck === prev.deck) return true;
  return changed.length > 0 && changed.every((key) => key === 'theme' || (key === 'search' && prev.search !== '' && state.search !== ''));
}

export function urlContext(index: DatasetIndex, savedIds: readonly string[] = []): UrlContext {
  return {
    regions: index.usedRegions,
    segments: index.dataset.segments.map((s) => s.id),
    firstYear: index.firstYear,
    lastYear: index.lastYear,
    slideCount: SLIDE_COUNT,
    savedIds,
  };
}

/**
 * Reads the link. A slide of the saved deck shows its saved view as it was saved, whatever
 * filters the link carries beside it, so its title and its figures always agree. A panel's own
 * page whose link names no panel (shortened by hand) shows its panel, as its preview promised.
 */
function parseLink(index: DatasetIndex) {
  // Saved views can change while the page is open, so the context is taken afresh each time.
  const views = useSavedViews.getState().views;
  const ctx = urlContext(
    index,
    views.map((v) => v.id),
  );
  const parsed = parseViewState(window.location.search, ctx);
  const { deck, slide, savedView } = parsed.state;
  const page = panelOfPage(window.location.pathname);
  if (page && slide === null && !panelOfView(parsed.state)) return { ...parsed, state: { ...parsed.state, focus: page } };
  if (deck !== 'saved' || slide === null) return parsed;
  const shown = views.find((v) => v.id === savedView);
  return shown ? { ...parsed, state: savedSlideState(shown, slide, ctx, parsed.state.theme) } : parsed;
}

/**
 * The dataset a link asks for, when it is not the one on screen: an earlier published version
 * (opened as it was), or the latest when the link names it or no version at all. Null to stay.
 */
function datasetForLink(linked: string | null, shown: DatasetChoice): DatasetChoice | null {
  if (shown.source === 'upload') return null;
  const wanted = linked !== null && publishedVersion(linked) ? linked : PUBLISHED.latest;
  if (wanted === PUBLISHED.latest) return shown.source === 'bundled' ? null : { source: 'bundled' };
  return shown.source === 'pinned' && shown.version === wanted ? null : { source: 'pinned', version: wanted };
}

/**
 * Reads the view from the link, or switches to the dataset the link names (the page then syncs
 * again). A new address (`moved`) replaces what was said of the last; syncing again on the same
 * one (the page redrawn as an embed, another dataset) keeps what was said of it, as the address
 * it reads now is the one it wrote, with the unusable parts gone.
 */
function hydrate(index: DatasetIndex, reportVersion: boolean, moved: boolean): 'hydrated' | 'switching' {
  const version = index.dataset.version;
  const parsed = parseLink(index);
  if (reportVersion) {
    const next = datasetForLink(parsed.dataVersion, useSession.getState().dataset);
    if (next) {
      useSession.getState().chooseDataset(next);
      return 'switching';
    }
  }
  useViewStore.getState().replace(parsed.state);
  const mismatch = reportVersion && parsed.dataVersion && parsed.dataVersion !== version ? { linked: parsed.dataVersion, current: version } : null;
  if (moved || parsed.notices.length || mismatch) useSession.getState().reportLink(parsed.notices, mismatch);
  return 'hydrated';
}

const isPinned = () => useSession.getState().dataset.source === 'pinned';

/** The address of a view: its page (a panel's own, for the link preview) and its parameters. */
function addressOf(view: ViewState, search: string): string {
  return `${pageForView(window.location.pathname, view)}${search}${window.location.hash}`;
}

/** Moves the address to a view's, and the tab's title to its page's, so a bookmark names what it shows. */
function showAddress(view: ViewState, search: string, how: 'push' | 'replace') {
  // A new entry under the user's own data carries the way back to the bundled data's link.
  if (how === 'push') window.history.pushState(withBeforeUpload(readBeforeUpload()), '', addressOf(view, search));
  else window.history.replaceState(window.history.state, '', addressOf(view, search));
  document.title = documentTitle(panelOfView(view));
}

const currentSearch = (version: string | null) => serializeViewState(pickView(useViewStore.getState()), version, isPinned());

/** The link in its canonical form: ignored parameters do not travel further, and the page is the view's. */
function canonicalize(version: string | null) {
  showAddress(useViewStore.getState(), currentSearch(version), 'replace');
}

/**
 * The link to return to from the user's own data, where fewer years or regions may exist: the
 * link as it was before (`before`), with what the user changed since it was read against their
 * data (`arrived` to `now`), on the latest bundled data. Filters their data could not take come
 * back with the bundled data.
 */
export function linkBack(before: string, arrived: string, now: string): string {
  const link = new URLSearchParams(before);
  const was = new URLSearchParams(arrived);
  const is = new URLSearchParams(now);
  for (const key of new Set([...was.keys(), ...is.keys()])) {
    // A parameter left alone stays as it was before.
    if (was.get(key) === is.get(key)) continue;
    const value = is.get(key);
    if (value === null) link.delete(key);
    else link.set(key, value);
  }
  // Back to the bundled data, as the button says: its latest version, not one pinned before.
  link.delete('v');
  const search = link.toString();
  return search ? `?${search}` : '';
}

/**
 * While the user's own data is shown: the link before it was read against their data, and after.
 * Kept in the history entry (history.state), and carried to each entry a change under their data
 * adds: Back, Forward and a reload each find the way back of the entry they land on.
 */
type BeforeUpload = { before: string; arrived: string };

function readBeforeUpload(): BeforeUpload | null {
  const kept: unknown = (window.history.state as { beforeUpload?: unknown } | null)?.beforeUpload;
  const { before, arrived } = (kept ?? {}) as Partial<BeforeUpload>;
  return typeof before === 'string' && typeof arrived === 'string' ? { before, arrived } : null;
}

/** The history entry's state with the way back set, or taken out (null). */
function withBeforeUpload(value: BeforeUpload | null): object | null {
  const state = (window.history.state ?? {}) as Record<string, unknown>;
  const { beforeUpload: _, ...rest } = state;
  return value ? { ...rest, beforeUpload: value } : Object.keys(rest).length ? rest : null;
}

function keepBeforeUpload(value: BeforeUpload | null) {
  window.history.replaceState(withBeforeUpload(value), '', window.location.href);
}

/**
 * A link written for a page that keeps its settings after a "#" ("#/?from=2015", as many
 * dashboards do): its settings move to where this page reads them, rather than being passed over.
 */
function liftSettingsFromHash() {
  const settings = /^#\/?(\?.+)$/.exec(window.location.hash)?.[1];
  if (settings && !window.location.search) window.history.replaceState(window.history.state, '', `${window.location.pathname}${settings}`);
}

/**
 * Starts syncing; returns a function that stops it. `reportVersion` is off for a dataset the
 * user loaded, whose link names no version (linkedVersion) and opens the latest bundled data.
 */
export function startUrlSync(index: DatasetIndex, { reportVersion = true } = {}): () => void {
  const uploaded = !reportVersion;
  const version = linkedVersion(index.dataset.version);
  const beforeUpload = readBeforeUpload();
  if (!uploaded && beforeUpload) {
    const back = linkBack(beforeUpload.before, beforeUpload.arrived, window.location.search);
    window.history.replaceState(withBeforeUpload(null), '', `${window.location.pathname}${back}${window.location.hash}`);
  }
  /**
   * Under the user's own data, after reading a link: the way back is that link as it was, or
   * (a second file, a reload) the way back already kept, with what was changed since.
   */
  const rememberWayBack = (before: string, kept: BeforeUpload | null) => {
    if (uploaded) keepBeforeUpload({ before: kept ? linkBack(kept.before, kept.arrived, before) : before, arrived: window.location.search });
  };
  liftSettingsFromHash();
  const before = window.location.search;
  // The link names another version: the page loads it and syncs again with its index.
  if (hydrate(index, reportVersion, false) === 'switching') return () => {};
  canonicalize(version);
  rememberWayBack(before, beforeUpload);

  let following = false;
  const unsubscribe = useViewStore.subscribe((state, prev) => {
    if (following) return;
    const search = serializeViewState(pickView(state), version, isPinned());
    if (search === window.location.search) return;
    const changed = VIEW_KEYS.filter((k) => state[k] !== prev[k]);
    const replace = replacesEntry(changed, state, prev);
    showAddress(state, search, replace ? 'replace' : 'push');
  });
  const onPopState = () => {
    following = true;
    try {
      liftSettingsFromHash();
      const kept = readBeforeUpload();
      const before = window.location.search;
      // A link opened on this page (openView) moves to its view's page once read.
      if (hydrate(index, reportVersion, true) === 'hydrated') {
        canonicalize(version);
        rememberWayBack(before, kept);
      }
    } finally {
      following = false;
    }
  };
  window.addEventListener('popstate', onPopState);
  useSession.getState().markSynced(index);
  return () => {
    unsubscribe();
    window.removeEventListener('popstate', onPopState);
    useSession.getState().markSynced(null);
  };
}

/**
 * Opens a view on a dataset version as if its link had been followed: a new history entry, the
 * view, and that version (an earlier one opens pinned).
 */
export function openView(state: ViewState, version: string) {
  const search = serializeViewState(state, version, version !== PUBLISHED.latest);
  // On the view's own page: read on a panel's page, a view of every panel would show that panel.
  window.history.pushState(null, '', addressOf(state, search));
  window.dispatchEvent(new PopStateEvent('popstate'));
}

/** The same view on the latest figures: the one action a pinned page offers. */
export function showLatestFigures() {
  openView(pickView(useViewStore.getState()), PUBLISHED.latest);
}

/**
 * The dataset version a link or saved view names: the one on screen, or none for the user's own
 * data, which no link carries (one naming it would send whoever opens it a version they cannot have).
 */
export function linkedVersion(version: string): string | null {
  return useSession.getState().dataset.source === 'upload' ? null : version;
}

/** The address of the view on screen, always naming the dataset version it shows: for citations and exports. */
export function pinnedViewUrl(version: string): string {
  const view = pickView(useViewStore.getState());
  return new URL(addressOf(view, serializeViewState(view, linkedVersion(version), true)), window.location.href).href;
}

/** The address of the embed page showing one panel of the view on screen, pinned to its dataset version. */
export function embedUrl(panel: PanelKey, version: string): string {
  const view = { ...pickView(useViewStore.getState()), embed: panel, focus: null, slide: null, deck: 'panels' as const, savedView: null };
  return new URL(`${panelEmbedPage(panel)}${serializeViewState(view, linkedVersion(version), true)}`, window.location.href).href;
}
