import { act, renderHook } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { useViewUpdating } from '../../src/hooks/use-view-updating.ts';
import { useViewStore } from '../../src/state/view-store.ts';
import { DEFAULT_VIEW, type ViewState } from '../../src/state/view-state.ts';

/** What each change is: every view key a panel draws from, changed the way its control would. */
const DRAWN: [string, Partial<ViewState>][] = [
  ['the first year', { from: 2015 }],
  ['the last year', { to: 2020 }],
  ['the currency', { currency: 'USD' }],
  ['converting targets', { convertTargets: true }],
  ['the regions', { regions: ['india'] }],
  ['the segments', { segments: ['smartphones'] }],
  ['derived values', { derived: false }],
  ['events on charts', { events: false }],
  ['the Shipments period length', { shipmentsGranularity: 'quarter' }],
  ['the rank period length', { ranksGranularity: 'quarter' }],
];

/** Every value the hook returned, render by render, around one change to the view. */
function updatingAround(change: Partial<ViewState>): boolean[] {
  const seen: boolean[] = [];
  renderHook(() => {
    const updating = useViewUpdating();
    seen.push(updating);
    return updating;
  });
  act(() => useViewStore.getState().patch(change));
  return seen;
}

describe('useViewUpdating: whether the panels still draw the previous view', () => {
  beforeEach(() => useViewStore.setState({ ...DEFAULT_VIEW }));

  it.each(DRAWN)('says so while a change to %s is drawn, then no longer', (_, change) => {
    const seen = updatingAround(change);
    expect(seen[0]).toBe(false);
    expect(seen).toContain(true);
    expect(seen.at(-1)).toBe(false);
  });

  it.each<[string, Partial<ViewState>]>([
    ['the theme', { theme: 'dark' }],
    ['the search of all figures', { search: 'India' }],
  ])('stays quiet for a change no panel draws from (%s)', (_, change) => {
    expect(updatingAround(change)).not.toContain(true);
  });
});
