import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  MAX_SAVED_VIEWS,
  MAX_VIEW_QUERY,
  migrateViews,
  moveView,
  readDeckFile,
  readSavedViews,
  writeDeckFile,
  SAVED_VIEWS_KEY,
  SAVED_VIEWS_VERSION,
  type SavedView,
} from '../../src/state/saved-views.ts';
import { followOtherTabs, useSavedViews } from '../../src/state/saved-views-store.ts';
import { useSession } from '../../src/state/session-store.ts';

const view = (id: string, name = id): SavedView => ({ id, name, query: `?from=2015`, savedAt: '2026-11-22T10:00:00.000Z', dataVersion: '1' });

/** What the store writes: zustand persist's envelope, today's version. */
const stored = (views: SavedView[]) => JSON.stringify({ state: { views }, version: SAVED_VIEWS_VERSION });

describe('readSavedViews', () => {
  it('reads nothing from empty storage', () => {
    expect(readSavedViews(null)).toEqual({ stored: null, problem: null, damaged: false });
  });
  it('reads what the store writes', () => {
    const views = [view('a'), view('b')];
    expect(readSavedViews(stored(views))).toEqual({ stored: { version: SAVED_VIEWS_VERSION, views }, problem: null, damaged: false });
  });
  it('reads the format before it (version 2), for migration', () => {
    expect(readSavedViews(JSON.stringify({ version: 2, views: [view('a')] }))).toEqual({
      stored: { version: 2, views: [view('a')] },
      problem: null,
      damaged: false,
    });
  });
  it('reports corrupt JSON and asks to keep it aside', () => {
    expect(readSavedViews('{"version":2,"views":[')).toMatchObject({ stored: null, problem: 'the stored saved views are not valid JSON', damaged: true });
  });
  it('reads the oldest format, a bare list of names and queries, and migrates it', () => {
    const result = readSavedViews(JSON.stringify([{ name: ' India view ', query: '?regions=india' }]));
    expect(result).toMatchObject({ stored: { version: 1 }, problem: null, damaged: false });
    expect(migrateViews(result.stored!.views, 1, () => new Date('2026-01-01T00:00:00Z'))).toEqual([
      { id: 'v1-0', name: 'India view', query: '?regions=india', savedAt: '2026-01-01T00:00:00.000Z', dataVersion: null },
    ]);
    // A link stored without its "?": before, the view vanished without a word.
    expect(migrateViews([{ name: 'Bad', query: 'from=2018' }], 1, () => new Date('2026-01-01T00:00:00Z'))).toEqual([
      { id: 'v1-0', name: 'Bad', query: '?from=2018', savedAt: '2026-01-01T00:00:00.000Z', dataVersion: null },
    ]);
  });
  it('refuses data from a newer version without touching it', () => {
    expect(readSavedViews(stored([]).replace(`"version":${SAVED_VIEWS_VERSION}`, '"version":9'))).toMatchObject({
      stored: null,
      damaged: true,
      problem: 'the saved views were stored by a newer version of the dashboard (format 9)',
    });
  });
  it('calls a version that is not a whole number an unknown format, not a newer one', () => {
    expect(readSavedViews(JSON.stringify({ version: '2', views: [view('a')] })).problem).toBe('the stored saved views are not in a known format');
  });
  it('keeps the valid views and counts the damaged ones', () => {
    const raw = JSON.stringify({ version: 2, views: [view('a'), { id: 'b', name: '' }, { ...view('c'), query: 'javascript:alert(1)' }, view('a')] });
    expect(readSavedViews(raw)).toMatchObject({
      stored: { views: [view('a')] },
      problem: '3 saved views could not be read (view 2: its name is not readable; “c”: its link is not readable; “a”: the same id as an earlier view)',
      damaged: true,
    });
  });
  it('names a damaged view by its name or its place, says what is wrong with it, and counts the rest', () => {
    const views = [{ id: 'a' }, 7, { ...view('c', 'China in USD'), savedAt: 'yesterday' }, { ...view('d'), dataVersion: 3 }, { ...view('e'), id: 'no spaces' }];
    expect(readSavedViews(JSON.stringify({ version: 2, views })).problem).toBe(
      '5 saved views could not be read (view 1: its name is missing; view 2: not a saved view; “China in USD”: its date is not readable; 2 more)',
    );
  });
  it('rejects anything that is not saved views', () => {
    for (const raw of ['42', '"text"', 'null', '{"views": 3, "version": 2}', '{}']) expect(readSavedViews(raw).damaged).toBe(true);
  });
  it('reads more views than the cap without calling any of them damaged', () => {
    const many = Array.from({ length: MAX_SAVED_VIEWS + 20 }, (_, i) => view(`v${i}`));
    expect(readSavedViews(stored(many))).toMatchObject({ problem: null, damaged: false });
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
    useSavedViews.setState({ views: [] });
    useSession.setState({ savedViewsProblem: null, savedViewsUnsaved: false });
  });
  afterEach(() => vi.restoreAllMocks());

  it('saves, reorders and removes views, and they survive a reload', () => {
    const { save } = useSavedViews.getState();
    const a = save('Revenue in USD', '?currency=USD', '1')!;
    save('India', '?regions=india', '1');
    useSavedViews.getState().move(a.id, 1);
    // A reload reads them back from storage.
    useSavedViews.getState().load();
    expect(useSavedViews.getState().views.map((x) => x.name)).toEqual(['India', 'Revenue in USD']);
    useSavedViews.getState().remove(a.id);
    useSavedViews.getState().load();
    expect(useSavedViews.getState().views.map((x) => x.name)).toEqual(['India']);
    expect(useSession.getState().savedViewsProblem).toBeNull();
  });

  it('keeps a view with the longest search a link takes, in any script, and refuses a longer link before calling it saved', () => {
    const { save } = useSavedViews.getState();
    // 400 characters of Chinese, each 9 once encoded: before, saved, then set aside as unreadable at the next save.
    const query = `?q=${encodeURIComponent('小米手机'.repeat(100))}&regions=india,china&currency=USD`;
    expect(save('Long search', query, '1')).not.toBeNull();
    save('Next', '?from=2015', '1');
    useSavedViews.getState().load();
    expect(useSavedViews.getState().views.map((x) => x.name)).toEqual(['Long search', 'Next']);
    expect(useSession.getState().savedViewsProblem).toBeNull();
    expect(save('Too long', `?q=${'a'.repeat(MAX_VIEW_QUERY)}`, '1')).toBeNull();
    expect(useSession.getState().savedViewsProblem).toMatch(/^This view’s link is too long to keep \(\d+ characters; at most 8000\): shorten its search\.$/);
    expect(useSavedViews.getState().views).toHaveLength(2);
  });

  it('sets corrupt data aside under its own key, reports it, and keeps working', () => {
    localStorage.setItem(SAVED_VIEWS_KEY, 'not json at all');
    useSavedViews.getState().load();
    const { views } = useSavedViews.getState();
    const problem = useSession.getState().savedViewsProblem;
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
    expect(useSession.getState().savedViewsProblem).toBe(
      'Browser storage is full, so the latest change to saved views is kept only until this page is closed.',
    );
    // Room again: the next change is stored, and the warning that it would not be goes.
    vi.restoreAllMocks();
    useSavedViews.getState().remove(saved!.id);
    expect(JSON.parse(localStorage.getItem(SAVED_VIEWS_KEY)!).state.views).toEqual([]);
    expect(useSession.getState().savedViewsProblem).toBeNull();
  });

  it('reports storage that cannot be read', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    useSavedViews.getState().load();
    expect(useSession.getState().savedViewsProblem).toBe('Browser storage could not be read, so saved views are unavailable.');
  });

  it('ignores an empty name', () => {
    expect(useSavedViews.getState().save('   ', '?x', null)).toBeNull();
    expect(useSavedViews.getState().views).toEqual([]);
  });
});

describe('saved views in two tabs', () => {
  /** Another tab writes, as its own store would: the whole list in today's envelope. */
  const otherTabWrites = (views: SavedView[]) => localStorage.setItem(SAVED_VIEWS_KEY, stored(views));
  const names = () => useSavedViews.getState().views.map((x) => x.name);

  beforeEach(() => {
    localStorage.clear();
    useSavedViews.setState({ views: [] });
    useSession.setState({ savedViewsProblem: null, savedViewsUnsaved: false });
  });

  it('keeps both views when each tab saves one: a save reads what the other tab stored first', () => {
    useSavedViews.getState().save('Saved in A', '?from=2015', '1');
    // Tab B had read the list before A saved, and saves its own view on top of what it read.
    const fromA = JSON.parse(localStorage.getItem(SAVED_VIEWS_KEY)!).state.views as SavedView[];
    otherTabWrites([...fromA, view('b', 'Saved in B')]);
    useSavedViews.getState().save('Saved in A again', '?from=2016', '1');
    expect(names()).toEqual(['Saved in A', 'Saved in B', 'Saved in A again']);
    useSavedViews.getState().load();
    expect(names()).toEqual(['Saved in A', 'Saved in B', 'Saved in A again']);
  });

  it('follows a change another tab made, through the storage event', () => {
    const stop = followOtherTabs();
    try {
      useSavedViews.getState().save('Mine', '?from=2015', '1');
      const mine = useSavedViews.getState().views;
      otherTabWrites([...mine, view('t', 'From the other tab')]);
      window.dispatchEvent(new StorageEvent('storage', { key: SAVED_VIEWS_KEY }));
      expect(names()).toEqual(['Mine', 'From the other tab']);
      // A view removed in the other tab goes here too, and is not brought back by the next save.
      otherTabWrites(mine);
      window.dispatchEvent(new StorageEvent('storage', { key: SAVED_VIEWS_KEY }));
      useSavedViews.getState().save('Next', '?from=2016', '1');
      expect(names()).toEqual(['Mine', 'Next']);
    } finally {
      stop();
    }
  });

  it('says the cap plainly when it is reached, and keeps every view it has', () => {
    otherTabWrites(Array.from({ length: MAX_SAVED_VIEWS }, (_, i) => view(`v${i}`)));
    expect(useSavedViews.getState().save('One too many', '?from=2015', '1')).toBeNull();
    expect(useSavedViews.getState().views).toHaveLength(MAX_SAVED_VIEWS);
    expect(useSession.getState().savedViewsProblem).toBe(`You can keep up to ${MAX_SAVED_VIEWS} saved views; remove one to save another.`);
  });
});

describe('deck files', () => {
  it('carry every saved view, in order, and read back the same', () => {
    const views = [view('a', 'Alpha'), view('b', 'Beta')];
    expect(readDeckFile(writeDeckFile(views))).toEqual({ views, problem: null });
  });
  it('say what is not a deck, and what in a deck could not be read', () => {
    expect(readDeckFile('{').problem).toBe('The file is not a deck: it is not valid JSON.');
    expect(readDeckFile('').problem).toBe('The file is empty.');
    const newer = { ...JSON.parse(writeDeckFile([view('a', 'Alpha')])), version: 99 };
    expect(readDeckFile(JSON.stringify(newer))).toEqual({
      views: [],
      problem: 'The deck was saved by a newer version of the dashboard (deck format 99); reload the page, then open it again.',
    });
    expect(readDeckFile(JSON.stringify({ views: [] })).problem).toBe('The file is not a deck saved by this dashboard.');
    const damaged = JSON.parse(writeDeckFile([view('a', 'Alpha')]));
    damaged.views.push({ id: 'b', name: 'Broken', query: 'javascript:alert(1)' });
    expect(readDeckFile(JSON.stringify(damaged))).toEqual({
      views: [view('a', 'Alpha')],
      problem: '1 saved view could not be read (“Broken”: its link is not readable) and was left out.',
    });
  });
  it('join the saved views here without doubling a view that is already here', () => {
    localStorage.clear();
    useSavedViews.setState({ views: [] });
    useSavedViews.getState().addViews([view('a', 'Alpha')]);
    expect(useSavedViews.getState().addViews([view('a', 'Alpha'), view('b', 'Beta'), view('b', 'Beta')])).toEqual({ added: 1, alreadyHere: 1, noRoom: 0 });
    expect(useSavedViews.getState().views.map((x) => x.name)).toEqual(['Alpha', 'Beta']);
  });
  it('tell the views that had no room from the ones already here', () => {
    localStorage.clear();
    useSavedViews.setState({ views: [] });
    const many = Array.from({ length: MAX_SAVED_VIEWS + 50 }, (_, i) => view(`v${i}`, `View ${i}`));
    // Before, the 50 with no room were counted as already here.
    expect(useSavedViews.getState().addViews(many)).toEqual({ added: MAX_SAVED_VIEWS, alreadyHere: 0, noRoom: 50 });
    expect(useSavedViews.getState().addViews(many)).toEqual({ added: 0, alreadyHere: MAX_SAVED_VIEWS, noRoom: 50 });
    expect(useSavedViews.getState().views).toHaveLength(MAX_SAVED_VIEWS);
  });
});
