/**
 * Hostile browser storage for saved views: each case reports the problem in words, keeps every
 * view that can be read, and never destroys what could not be (it is set aside, or left alone).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SAVED_VIEWS_KEY, SAVED_VIEWS_VERSION, type SavedView } from '../../src/state/saved-views.ts';
import { useSavedViews } from '../../src/state/saved-views-store.ts';
import { useSession } from '../../src/state/session-store.ts';

const view = (id: string, name = id): SavedView => ({ id, name, query: '?from=2015', savedAt: '2026-11-22T10:00:00.000Z', dataVersion: '1' });
const state = () => useSavedViews.getState();
const problem = () => useSession.getState().savedViewsProblem;
const asideKeys = () => Object.keys(localStorage).filter((k) => k.includes(':set-aside:'));
const full = () => new DOMException('full', 'QuotaExceededError');

beforeEach(() => {
  localStorage.clear();
  useSavedViews.setState({ views: [] });
  useSession.setState({ savedViewsProblem: null, savedViewsUnsaved: false });
});
afterEach(() => vi.restoreAllMocks());

interface Case {
  what: string;
  stored: string;
  keeps: string[];
  says: RegExp;
}

const CASES: Case[] = [
  {
    what: 'corrupt JSON',
    stored: '{"version":2,"views":[{"id":"a"',
    keeps: [],
    says: /^The stored saved views are not valid JSON\. The original data was kept/,
  },
  { what: 'a bare number', stored: '42', keeps: [], says: /not in a known format/ },
  { what: 'JSON null', stored: 'null', keeps: [], says: /not in a known format/ },
  {
    what: 'a newer version',
    stored: JSON.stringify({ version: 99, views: [view('a')] }),
    keeps: [],
    says: /stored by a newer version of the dashboard \(format 99\)/,
  },
  { what: 'a version that is not a number', stored: JSON.stringify({ version: '2', views: [view('a')] }), keeps: [], says: /newer version|known format/ },
  {
    what: 'one damaged view among good ones',
    stored: JSON.stringify({ version: 2, views: [view('a', 'Alpha'), { id: 'b', name: 42 }, view('c', 'Gamma')] }),
    keeps: ['Alpha', 'Gamma'],
    says: /^1 saved view could not be read \(view 2: its name is not readable\)\. The original data was kept/,
  },
  {
    what: 'a view with a script for a query',
    stored: JSON.stringify({ version: 2, views: [view('a', 'Alpha'), { ...view('b'), query: 'javascript:alert(1)' }] }),
    keeps: ['Alpha'],
    says: /^1 saved view could not be read \(“b”: its link is not readable\)/,
  },
  {
    what: 'a __proto__ entry',
    stored: '{"version":2,"views":[{"__proto__":{"polluted":1},"id":"p","name":"P","query":"","savedAt":"2026-11-22T10:00:00.000Z","dataVersion":null}]}',
    keeps: ['P'],
    says: /^$/,
  },
  {
    what: 'a one-megabyte name',
    stored: JSON.stringify({ version: 2, views: [{ ...view('a'), name: 'x'.repeat(1_000_000) }] }),
    keeps: [],
    says: /^1 saved view could not be read/,
  },
];

describe('hostile saved-view storage', () => {
  it.each(CASES)('$what: says so, keeps what it can read and sets the rest aside', ({ stored, keeps, says }) => {
    localStorage.setItem(SAVED_VIEWS_KEY, stored);
    state().load();
    expect(state().views.map((v) => v.name)).toEqual(keeps);
    expect(problem() ?? '').toMatch(says);
    if (problem()) expect(asideKeys().map((k) => localStorage.getItem(k))).toEqual([stored]);
    // The page goes on: a new view can be saved, and the set-aside original is still there.
    expect(state().save('New', '?theme=dark', null)).not.toBeNull();
    if (problem()) expect(asideKeys().map((k) => localStorage.getItem(k))).toEqual([stored]);
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('an old version (a bare list) is upgraded in place, with every view kept', () => {
    localStorage.setItem(
      SAVED_VIEWS_KEY,
      JSON.stringify([
        { name: 'India', query: '?regions=india' },
        { name: 'USD', query: '?currency=USD' },
      ]),
    );
    state().load();
    expect(state().views.map((v) => v.name)).toEqual(['India', 'USD']);
    expect(problem()).toBeNull();
    expect(JSON.parse(localStorage.getItem(SAVED_VIEWS_KEY)!).version).toBe(SAVED_VIEWS_VERSION);
  });

  it('storage full while setting damaged data aside: the original is left alone, and later saves do not overwrite it', () => {
    const stored = JSON.stringify({ version: 2, views: [view('a', 'Alpha'), { id: 'b' }] });
    localStorage.setItem(SAVED_VIEWS_KEY, stored);
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw full();
    });
    state().load();
    expect(state().views.map((v) => v.name)).toEqual(['Alpha']);
    expect(problem()).toMatch(/The original data was left in place \(storage is full\)/);
    // Still full: a save is kept for the session and the damaged original stays where it was.
    state().save('Beta', '?from=2016', null);
    expect(localStorage.getItem(SAVED_VIEWS_KEY)).toBe(stored);
    expect(state().views.map((v) => v.name)).toEqual(['Alpha', 'Beta']);
    expect(problem()).toMatch(/could not be set aside, so the latest change is kept only until this page is closed/);
    // Room again: the next change sets the original aside first, then stores the views.
    setItem.mockRestore();
    state().save('Gamma', '?from=2017', null);
    expect(asideKeys().map((k) => localStorage.getItem(k))).toEqual([stored]);
    expect(JSON.parse(localStorage.getItem(SAVED_VIEWS_KEY)!).state.views.map((v: SavedView) => v.name)).toEqual(['Alpha', 'Beta', 'Gamma']);
    // And says where the original went.
    expect(problem()).toBe(
      `1 saved view could not be read (view 2: its name is missing). The original data was kept in browser storage under “${asideKeys()[0]}”.`,
    );
  });

  it('storage full when saving: the view is kept for the session, and what was stored before stays', () => {
    localStorage.setItem(SAVED_VIEWS_KEY, JSON.stringify({ state: { views: [view('a', 'Alpha')] }, version: SAVED_VIEWS_VERSION }));
    state().load();
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw full();
    });
    state().save('Beta', '?from=2016', null);
    expect(state().views.map((v) => v.name)).toEqual(['Alpha', 'Beta']);
    expect(problem()).toBe('Browser storage is full, so the latest change to saved views is kept only until this page is closed.');
    expect(JSON.parse(localStorage.getItem(SAVED_VIEWS_KEY)!).state.views.map((v: SavedView) => v.name)).toEqual(['Alpha']);
  });

  it('no storage at all (blocked by the browser): views work for the session and the page says why they will not last', () => {
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    state().load();
    expect(problem()).toBe('Browser storage is not available, so views cannot be saved between visits.');
    expect(state().save('Session only', '?from=2015', null)).not.toBeNull();
    expect(state().views.map((v) => v.name)).toEqual(['Session only']);
  });
});
