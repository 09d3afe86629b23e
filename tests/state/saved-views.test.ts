import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { moveView, readSavedViews, SAVED_VIEWS_KEY, writeSavedViews, type SavedView } from '../../src/state/saved-views.ts';
import { useSavedViews } from '../../src/state/saved-views-store.ts';

const view = (id: string, name = id): SavedView => ({ id, name, query: `?from=2015`, savedAt: '2026-11-22T10:00:00.000Z', dataVersion: '1' });

describe('readSavedViews', () => {
  it('reads nothing from empty storage', () => {
    expect(readSavedViews(null)).toEqual({ views: [], problem: null, setAside: false, migrated: false });
  });
  it('reads what it wrote', () => {
    const views = [view('a'), view('b')];
    expect(readSavedViews(writeSavedViews(views))).toEqual({ views, problem: null, setAside: false, migrated: false });
  });
  it('reports corrupt JSON and asks to keep it aside', () => {
    expect(readSavedViews('{"version":2,"views":[')).toMatchObject({ views: [], problem: 'the stored saved views are not valid JSON', setAside: true });
  });
  it('upgrades the old format, a bare list of names and queries', () => {
    const result = readSavedViews(JSON.stringify([{ name: ' India view ', query: '?regions=india' }]), () => new Date('2026-01-01T00:00:00Z'));
    expect(result).toEqual({
      views: [{ id: 'v1-0', name: 'India view', query: '?regions=india', savedAt: '2026-01-01T00:00:00.000Z', dataVersion: null }],
      problem: null,
      setAside: false,
      migrated: true,
    });
  });
  it('refuses data from a newer version without touching it', () => {
    expect(readSavedViews(JSON.stringify({ version: 9, views: [] }))).toMatchObject({
      views: [],
      setAside: true,
      problem: expect.stringContaining('newer version'),
    });
  });
  it('keeps the valid views and counts the damaged ones', () => {
    const raw = JSON.stringify({ version: 2, views: [view('a'), { id: 'b', name: '' }, { ...view('c'), query: 'javascript:alert(1)' }, view('a')] });
    expect(readSavedViews(raw)).toMatchObject({ views: [view('a')], problem: '3 saved views could not be read', setAside: true });
  });
  it('rejects anything that is not saved views', () => {
    for (const raw of ['42', '"text"', 'null', '{"views": 3, "version": 2}', '{}']) expect(readSavedViews(raw).setAside).toBe(true);
  });
});

describe('moveView', () => {
  const views = [view('a'), view('b'), view('c')];
  it('moves a view up or down, and not past either end', () => {
    expect(moveView(views, 'c', -1).map((x) => x.id)).toEqual(['a', 'c', 'b']);
    expect(moveView(views, 'a', 1).map((x) => x.id)).toEqual(['b', 'a', 'c']);
    expect(moveView(views, 'a', -1).map((x) => x.id)).toEqual(['a', 'b', 'c']);
    expect(moveView(views, 'zzz', 1).map((x) => x.id)).toEqual(['a', 'b', 'c']);
  });
});

describe('saved views store', () => {
  beforeEach(() => {
    localStorage.clear();
    useSavedViews.setState({ views: [], problem: null });
  });
  afterEach(() => vi.restoreAllMocks());

  it('saves, reorders and removes views, and they survive a reload', () => {
    const { save } = useSavedViews.getState();
    const a = save('Revenue in USD', '?currency=USD', '1')!;
    save('India', '?regions=india', '1');
    useSavedViews.getState().move(a.id, 1);
    useSavedViews.setState({ views: [] });
    useSavedViews.getState().load();
    expect(useSavedViews.getState().views.map((x) => x.name)).toEqual(['India', 'Revenue in USD']);
    useSavedViews.getState().remove(a.id);
    useSavedViews.getState().load();
    expect(useSavedViews.getState().views.map((x) => x.name)).toEqual(['India']);
    expect(useSavedViews.getState().problem).toBeNull();
  });

  it('sets corrupt data aside under its own key, reports it, and keeps working', () => {
    localStorage.setItem(SAVED_VIEWS_KEY, 'not json at all');
    useSavedViews.getState().load();
    const { problem, views } = useSavedViews.getState();
    expect(views).toEqual([]);
    expect(problem).toMatch(
      /^The stored saved views are not valid JSON\. The original data was kept in browser storage under “xiaomi-dashboard:saved-views:set-aside:/,
    );
    const asideKey = Object.keys(localStorage).find((k) => k.includes(':set-aside:'))!;
    expect(localStorage.getItem(asideKey)).toBe('not json at all');
    expect(useSavedViews.getState().save('After', '?theme=dark', null)).not.toBeNull();
  });

  it('keeps a new view in memory and says so when storage is full', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const saved = useSavedViews.getState().save('Big', '?from=2015', '1');
    expect(saved).not.toBeNull();
    expect(useSavedViews.getState().views).toHaveLength(1);
    expect(useSavedViews.getState().problem).toBe('Browser storage is full, so the latest change to saved views is kept only until this page is closed.');
  });

  it('reports storage that cannot be read', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    useSavedViews.getState().load();
    expect(useSavedViews.getState().problem).toBe('Browser storage could not be read, so saved views are unavailable.');
  });

  it('ignores an empty name', () => {
    expect(useSavedViews.getState().save('   ', '?x', null)).toBeNull();
    expect(useSavedViews.getState().views).toEqual([]);
  });
});
