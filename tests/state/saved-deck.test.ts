import { beforeEach, describe, expect, it } from 'vitest';
import { savedSlideState, savedViewQuery, savedViewState, viewForSaving } from '../../src/state/saved-deck.ts';
import { DEFAULT_VIEW, pickView } from '../../src/state/view-state.ts';
import { useViewStore } from '../../src/state/view-store.ts';
import { CTX } from '../helpers/url-context.ts';

describe('saving and presenting views', () => {
  it('saves a panel slide being presented as that panel in focus, without the slide', () => {
    expect(viewForSaving({ ...DEFAULT_VIEW, slide: 3, currency: 'USD' })).toEqual({ ...DEFAULT_VIEW, focus: 'revenue', currency: 'USD' });
    expect(viewForSaving({ ...DEFAULT_VIEW, slide: 1, focus: 'goals' })).toEqual({ ...DEFAULT_VIEW, focus: 'goals' });
    expect(savedViewQuery({ ...DEFAULT_VIEW, slide: 2 }, '7')).toBe('?focus=shipments&v=7');
  });
  it('leaves the theme to the reader: not saved, and a view saved with one opens in the theme on screen', () => {
    expect(savedViewQuery({ ...DEFAULT_VIEW, theme: 'dark', currency: 'USD' }, '7')).toBe('?currency=USD&v=7');
    // Saved before themes were left out: before, it switched the page to dark, and a deck flipped between slides.
    const dark = { id: 'd', name: 'D', query: '?theme=dark&from=2015', savedAt: '2026-01-01T00:00:00.000Z', dataVersion: null };
    expect(savedViewState(dark, CTX, 'light').state).toEqual({ ...DEFAULT_VIEW, from: 2015, theme: 'light' });
    expect(savedSlideState(dark, 1, CTX, 'system')).toMatchObject({ theme: 'system', from: 2015, deck: 'saved' });
  });

  it('turns a saved view into the whole view for its slide', () => {
    const view = { id: 'a', name: 'A', query: '?from=2015&focus=goals', savedAt: '2026-01-01T00:00:00.000Z', dataVersion: null };
    expect(savedSlideState(view, 2, CTX)).toEqual({ ...DEFAULT_VIEW, from: 2015, focus: 'goals', deck: 'saved', slide: 2, savedView: 'a' });
  });
  it('opens a view whose link names a frame, a slide or a deck (a deck file edited by hand) as the page, and says so', () => {
    const view = { id: 'e', name: 'E', query: '?embed=goals&slide=3&deck=saved&sv=x&currency=USD', savedAt: '2026-01-01T00:00:00.000Z', dataVersion: null };
    const { state, notices } = savedViewState(view, CTX);
    expect(state).toEqual({ ...DEFAULT_VIEW, currency: 'USD' });
    // Reading the link already set its saved-deck part aside, under "deck"; the frame is added.
    expect(notices.map((n) => n.param).sort()).toEqual(['deck', 'embed']);
    const panelSlide = savedViewState({ ...view, query: '?embed=goals&slide=3&currency=USD' }, CTX);
    expect(panelSlide.state).toEqual({ ...DEFAULT_VIEW, currency: 'USD' });
    expect(panelSlide.notices.map((n) => n.param).sort()).toEqual(['embed', 'slide']);
    // As its slide, it stays in the deck, with the deck's controls.
    expect(savedSlideState(view, 2, CTX)).toEqual({ ...DEFAULT_VIEW, currency: 'USD', deck: 'saved', slide: 2, savedView: 'e' });
  });
});

describe('leaving a deck', () => {
  const views = [
    { id: 'a', name: 'A', query: '?from=2023&segments=iot', savedAt: '2026-01-01T00:00:00.000Z', dataVersion: null },
    { id: 'b', name: 'B', query: '?currency=USD', savedAt: '2026-01-01T00:00:00.000Z', dataVersion: null },
  ];
  const view = () => pickView(useViewStore.getState());
  beforeEach(() => useViewStore.getState().replace(DEFAULT_VIEW));

  it('returns from the saved views to the view they were presented from, after any number of slides', () => {
    const before = { ...DEFAULT_VIEW, from: 2014, to: 2017, regions: ['china'] };
    useViewStore.getState().replace(before);
    useViewStore.getState().presentSaved(savedSlideState(views[0]!, 1, CTX));
    expect(view()).toMatchObject({ from: 2023, segments: ['iot'], deck: 'saved' });
    useViewStore.getState().replace(savedSlideState(views[1]!, 2, CTX));
    useViewStore.getState().leaveDeck();
    expect(view()).toEqual(before);
  });

  it('leaves a saved deck opened from a link on the slide’s view, and the panel deck on the page’s', () => {
    useViewStore.getState().replace(savedSlideState(views[1]!, 2, CTX));
    useViewStore.getState().leaveDeck();
    expect(view()).toEqual({ ...DEFAULT_VIEW, currency: 'USD' });
    useViewStore.getState().replace({ ...DEFAULT_VIEW, from: 2015, slide: 3 });
    useViewStore.getState().leaveDeck();
    expect(view()).toEqual({ ...DEFAULT_VIEW, from: 2015 });
  });

  it('forgets the view to return to once the page moves to another view (Back, a link)', () => {
    useViewStore.getState().replace({ ...DEFAULT_VIEW, from: 2014 });
    useViewStore.getState().presentSaved(savedSlideState(views[0]!, 1, CTX));
    useViewStore.getState().replace({ ...DEFAULT_VIEW, from: 2016 });
    useViewStore.getState().replace(savedSlideState(views[1]!, 2, CTX));
    useViewStore.getState().leaveDeck();
    expect(view()).toEqual({ ...DEFAULT_VIEW, currency: 'USD' });
  });
});
