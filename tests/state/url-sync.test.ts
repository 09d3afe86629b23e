import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/state/commands.ts';
import { savedSlideState } from '../../src/state/saved-deck.ts';
import { useSavedViews } from '../../src/state/saved-views-store.ts';
import { useSession } from '../../src/state/session-store.ts';
import { embedUrl, linkBack, linkedVersion, openView, pinnedViewUrl, startUrlSync, urlContext } from '../../src/state/url-sync.ts';
import { useViewStore } from '../../src/state/view-store.ts';
import { DEFAULT_VIEW } from '../../src/state/view-state.ts';
import { makeIndex, obs } from '../helpers/build-dataset.ts';
import { BUNDLED_VERSION, bundledIndex } from '../helpers/dataset.ts';

const index = bundledIndex();
let stop: () => void = () => {};

function open(search: string) {
  window.history.replaceState(null, '', `/dash/${search}`);
  useViewStore.setState(DEFAULT_VIEW);
  stop = startUrlSync(index);
}

beforeEach(() => useSession.getState().dismissLinkNotices());
afterEach(() => stop());

describe('URL sync', () => {
  it('offers the regions, segments and years of the dataset', () => {
    const ctx = urlContext(index);
    expect(ctx.regions).toEqual(['global', 'china', 'india', 'overseas', 'brazil', 'latin-america', 'western-markets', 'spain']);
    expect([ctx.firstYear, ctx.lastYear]).toEqual([2012, 2030]);
  });

  it('hydrates the store from the link and rewrites the link in canonical form', () => {
    open('?regions=india,china&utm=x&currency=USD');
    expect(useViewStore.getState()).toMatchObject({ regions: ['china', 'india'], currency: 'USD' });
    expect(window.location.search).toBe(`?currency=USD&regions=china,india&v=${BUNDLED_VERSION}`);
    expect(useSession.getState().linkNotices.map((n) => n.param)).toEqual(['utm']);
  });

  it('names the tab after the page the view moves to, and back', () => {
    open('?focus=revenue');
    expect(window.location.pathname).toBe('/dash/revenue.html');
    expect(document.title).toBe('Revenue segments: Xiaomi in figures');
    useViewStore.getState().setFocus(null);
    expect(window.location.pathname).toBe('/dash/');
    expect(document.title).toBe(readFileSync('index.html', 'utf8').match(/<title>([^<]*)<\/title>/)?.[1]);
  });

  it('shows the panel of its own page when the link names none, as the page’s preview promised', () => {
    window.history.replaceState(null, '', '/dash/goals.html?from=2015');
    useViewStore.setState(DEFAULT_VIEW);
    stop = startUrlSync(index);
    expect(useViewStore.getState()).toMatchObject({ focus: 'goals', from: 2015 });
    expect(window.location.pathname).toBe('/dash/goals.html');
    expect(window.location.search).toBe(`?from=2015&focus=goals&v=${BUNDLED_VERSION}`);
    // Leaving it shows every panel, on the dashboard’s own page.
    useViewStore.getState().setFocus(null);
    expect(window.location.pathname).toBe('/dash/');
    // A view of every panel opened from a panel's page (a saved view) opens on the dashboard’s page, not that panel.
    useViewStore.getState().setFocus('goals');
    openView({ ...DEFAULT_VIEW, currency: 'USD' }, BUNDLED_VERSION);
    expect(useViewStore.getState()).toMatchObject({ focus: null, currency: 'USD' });
    expect(window.location.pathname).toBe('/dash/');
  });

  it('reads settings written after a "#", as a link made for another dashboard has them, and keeps any other "#"', () => {
    window.history.replaceState(null, '', '/dash/#/?from=2015&currency=USD');
    useViewStore.setState(DEFAULT_VIEW);
    stop = startUrlSync(index);
    expect(useViewStore.getState()).toMatchObject({ from: 2015, currency: 'USD' });
    expect(`${window.location.search}${window.location.hash}`).toBe(`?from=2015&currency=USD&v=${BUNDLED_VERSION}`);
    stop();
    open('?from=2016#saved-views-heading');
    expect(useViewStore.getState().from).toBe(2016);
    expect(window.location.hash).toBe('#saved-views-heading');
  });

  it('names the version on screen in every link it gives, but never the user’s own data’s', () => {
    open('?currency=USD');
    expect(pinnedViewUrl(BUNDLED_VERSION)).toMatch(new RegExp(`\\?currency=USD&v=${BUNDLED_VERSION.replace(/\./g, '\\.')}$`));
    const before = useSession.getState().dataset;
    useSession.setState({ dataset: { source: 'upload', label: '1 figure from mine.csv', lacks: null, kept: false } });
    try {
      // Exports, citations, embed code and saved views: each would send a version only this browser has.
      expect(pinnedViewUrl('upload-2026-12-07')).toMatch(/\?currency=USD$/);
      expect(embedUrl('goals', 'upload-2026-12-07')).not.toMatch(/v=/);
      expect(linkedVersion('upload-2026-12-07')).toBeNull();
    } finally {
      useSession.setState({ dataset: before });
    }
  });

  it('reports a link made with another dataset version', () => {
    open('?theme=dark&v=2025-01-01');
    expect(useSession.getState().versionMismatch).toEqual({ linked: '2025-01-01', current: BUNDLED_VERSION });
  });

  it('pushes a history entry for a filter change, so Back returns to the previous view', async () => {
    open('');
    const before = window.history.length;
    useViewStore.getState().setCurrency('USD');
    expect(window.location.search).toBe(`?currency=USD&v=${BUNDLED_VERSION}`);
    expect(window.history.length).toBe(before + 1);
    window.history.back();
    await new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    expect(useViewStore.getState().currency).toBe('RMB');
  });

  it('replaces the entry when only the slide or theme changes', () => {
    open('?slide=1');
    const before = window.history.length;
    useViewStore.getState().setSlide(2);
    useViewStore.getState().setTheme('dark');
    expect(window.location.search).toBe(`?slide=2&theme=dark&v=${BUNDLED_VERSION}`);
    expect(window.history.length).toBe(before);
  });

  it('in a panel embedded in another page, replaces its entry on every change and takes no page shortcut', () => {
    open('?from=2015');
    const enabled = () => COMMANDS.filter((c) => c.isEnabled()).map((c) => c.id);
    expect(enabled()).toEqual(['reset-filters', 'present']);
    stop();
    open('?embed=shipments&from=2015');
    const before = window.history.length;
    useViewStore.getState().setCurrency('USD');
    useViewStore.getState().setShipmentsGranularity('quarter');
    expect(window.location.search).toBe(`?from=2015&currency=USD&shipments=quarter&embed=shipments&v=${BUNDLED_VERSION}`);
    // Before, each change added an entry: the host page's Back button stepped through the frame's choices.
    expect(window.history.length).toBe(before);
    // R and P would wipe the link's filters, or start a deck the frame never shows, with no bar to undo them.
    expect(enabled()).toEqual([]);
  });

  it('adds an entry for opening the deck, so Back from slide 3 returns to the filtered view under it', async () => {
    open('');
    useViewStore.getState().setCurrency('USD');
    useViewStore.getState().setSlide(1);
    useViewStore.getState().setSlide(3);
    window.history.back();
    await new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    expect(useViewStore.getState()).toMatchObject({ slide: null, currency: 'USD' });
  });

  it('replaces the entry when a saved-deck slide turns, though the slide brings its own filters', () => {
    const saved = (id: string, query: string) => ({ id, name: id, query, savedAt: '2026-01-01T00:00:00.000Z', dataVersion: null });
    const views = [saved('b1', '?currency=USD'), saved('b2', '?from=2015&regions=china')];
    useSavedViews.setState({ views });
    try {
      open('');
      const ctx = urlContext(index, ['b1', 'b2']);
      useViewStore.getState().presentSaved(savedSlideState(views[0]!, 1, ctx));
      const before = window.history.length;
      useViewStore.getState().replace(savedSlideState(views[1]!, 2, ctx));
      expect(window.location.search).toBe(`?from=2015&regions=china&slide=2&deck=saved&sv=b2&v=${BUNDLED_VERSION}`);
      expect(window.history.length).toBe(before);
    } finally {
      useSavedViews.setState({ views: [] });
    }
  });

  it('opens a saved-deck slide on its saved view, whatever filters the link carries beside it', () => {
    const saved = (id: string, name: string, query: string) => ({ id, name, query, savedAt: '2026-01-01T00:00:00.000Z', dataVersion: null });
    useSavedViews.setState({ views: [saved('a1', 'China in USD', '?currency=USD&regions=china'), saved('a2', 'Goals', '?from=2015&focus=goals')] });
    try {
      open('?deck=saved&sv=a2&slide=1&currency=RMB&from=2012');
      expect(useViewStore.getState()).toMatchObject({ deck: 'saved', slide: 2, savedView: 'a2', focus: 'goals', from: 2015, currency: 'RMB' });
      expect(window.location.search).toBe(`?from=2015&focus=goals&slide=2&deck=saved&sv=a2&v=${BUNDLED_VERSION}`);
    } finally {
      useSavedViews.setState({ views: [] });
    }
  });

  it('brings back, with the bundled data, the filters the user’s own data could not take, and what they changed since', () => {
    open('?from=2015&to=2020&regions=china,india&currency=USD');
    stop();
    // Their file has India's 2019 figures only: the years and China do not apply to it.
    stop = startUrlSync(makeIndex([obs({ metric: 'units', period: '2019', value: 1, region: 'india' })]), { reportVersion: false });
    expect(useViewStore.getState()).toMatchObject({ from: null, to: null, regions: ['india'], currency: 'USD' });
    useViewStore.getState().setCurrency('RMB');
    stop();
    stop = startUrlSync(index);
    expect(useViewStore.getState()).toMatchObject({ from: 2015, to: 2020, regions: ['china', 'india'], currency: 'RMB' });
    expect(window.location.search).toBe(`?from=2015&to=2020&regions=china,india&v=${BUNDLED_VERSION}`);
    // The link names the bundled data again: no word of a version "the sender" used.
    expect(useSession.getState().versionMismatch).toBeNull();
  });

  it('keeps the way back through two files in a row, the second narrower than the first', () => {
    open('?regions=china,india&currency=USD');
    stop();
    const both = makeIndex([
      obs({ metric: 'units', period: '2019', value: 1, region: 'india' }),
      obs({ metric: 'units', period: '2019', value: 2, region: 'china' }),
    ]);
    stop = startUrlSync(both, { reportVersion: false });
    expect(useViewStore.getState().regions).toEqual(['china', 'india']);
    stop();
    stop = startUrlSync(makeIndex([obs({ metric: 'units', period: '2019', value: 1, region: 'india' })]), { reportVersion: false });
    expect(useViewStore.getState().regions).toEqual(['india']);
    stop();
    stop = startUrlSync(index);
    expect(useViewStore.getState()).toMatchObject({ regions: ['china', 'india'], currency: 'USD' });
  });

  it('keeps the way back through a reload with the file kept, but not into a link opened since', () => {
    const india = () => makeIndex([obs({ metric: 'units', period: '2019', value: 1, region: 'india' })]);
    open('?from=2015&regions=china,india');
    stop();
    stop = startUrlSync(india(), { reportVersion: false });
    stop();
    // A reload: the page starts again on the link the file's view wrote.
    stop = startUrlSync(india(), { reportVersion: false });
    stop();
    stop = startUrlSync(index);
    expect(useViewStore.getState()).toMatchObject({ from: 2015, regions: ['china', 'india'] });
    stop();

    stop = startUrlSync(india(), { reportVersion: false });
    stop();
    // Another link typed into the tab, then the bundled data: that link's view, nothing of the old one.
    window.history.replaceState(null, '', '/dash/?currency=USD');
    stop = startUrlSync(index);
    expect(useViewStore.getState()).toMatchObject({ from: null, regions: null, currency: 'USD' });
  });

  it('gives each history entry its own way back, through Back and Forward across pages', () => {
    const india = () => makeIndex([obs({ metric: 'units', period: '2019', value: 1, region: 'india' })]);
    open('?from=2015&regions=china,india');
    stop();
    stop = startUrlSync(india(), { reportVersion: false });
    const entry = { url: window.location.href, state: window.history.state as unknown };
    stop();
    // Back to a page of another view, loaded again with the file shown...
    window.history.replaceState(null, '', '/dash/?segments=smartphones');
    stop = startUrlSync(india(), { reportVersion: false });
    stop();
    // ...and Forward: the entry keeps the way back it had.
    window.history.replaceState(entry.state, '', entry.url);
    stop = startUrlSync(india(), { reportVersion: false });
    useViewStore.getState().setCurrency('USD');
    stop();
    stop = startUrlSync(index);
    expect(useViewStore.getState()).toMatchObject({ from: 2015, regions: ['china', 'india'], currency: 'USD', segments: null });
  });

  it('stops writing once stopped', () => {
    open('');
    stop();
    useViewStore.getState().setCurrency('USD');
    expect(window.location.search).toBe('');
  });
});

describe('linkBack', () => {
  it('keeps what the user’s data dropped, takes what they changed or cleared since, and names no version', () => {
    const before = '?from=2015&regions=china,india&currency=USD&focus=goals&v=B';
    const arrived = '?regions=india&currency=USD&focus=goals&v=upload-1';
    const params = (search: string) => [...new URLSearchParams(search)].sort();
    expect(params(linkBack(before, arrived, '?regions=india&focus=revenue&v=upload-1'))).toEqual(params('?from=2015&regions=china,india&focus=revenue'));
    expect(linkBack('', '', '')).toBe('');
  });
});

describe('view store', () => {
  it('reorders a reversed range instead of keeping it', () => {
    useViewStore.getState().setRange(2023, 2015);
    expect([useViewStore.getState().from, useViewStore.getState().to]).toEqual([2015, 2023]);
  });
  it('resets only the page filters, keeping per-panel choices', () => {
    useViewStore.setState({ ...DEFAULT_VIEW, from: 2015, currency: 'USD', regions: [], derived: false, tables: ['goals'], shipmentsGranularity: 'quarter' });
    useViewStore.getState().resetFilters();
    expect(useViewStore.getState()).toMatchObject({
      from: null,
      currency: 'RMB',
      regions: null,
      derived: true,
      tables: ['goals'],
      shipmentsGranularity: 'quarter',
    });
  });
});
