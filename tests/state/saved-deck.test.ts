import { describe, expect, it } from 'vitest';
import { savedSlideState, savedViewQuery, viewForSaving } from '../../src/state/saved-deck.ts';
import { DEFAULT_VIEW } from '../../src/state/view-state.ts';
import { CTX } from '../helpers/url-context.ts';

describe('saving and presenting views', () => {
  it('saves a panel slide being presented as that panel in focus, without the slide', () => {
    expect(viewForSaving({ ...DEFAULT_VIEW, slide: 3, currency: 'USD' })).toEqual({ ...DEFAULT_VIEW, focus: 'revenue', currency: 'USD' });
    expect(viewForSaving({ ...DEFAULT_VIEW, slide: 1, focus: 'goals' })).toEqual({ ...DEFAULT_VIEW, focus: 'goals' });
    expect(savedViewQuery({ ...DEFAULT_VIEW, slide: 2 }, '7')).toBe('?focus=shipments&v=7');
  });
  it('turns a saved view into the whole view for its slide', () => {
    const view = { id: 'a', name: 'A', query: '?from=2015&focus=goals', savedAt: '2026-01-01T00:00:00.000Z', dataVersion: null };
    expect(savedSlideState(view, 2, CTX)).toEqual({ ...DEFAULT_VIEW, from: 2015, focus: 'goals', deck: 'saved', slide: 2, savedView: 'a' });
  });
});
