/**
 * The saved views of this browser, in presentation order. Reads and writes local storage,
 * and turns every storage failure (unavailable, full, damaged data) into a message while
 * keeping the views in memory, so nothing the user made is lost during the session.
 */
import { create } from 'zustand';
import { MAX_SAVED_VIEWS, moveView, newViewId, readSavedViews, SAVED_VIEWS_KEY, writeSavedViews, type SavedView } from './saved-views.ts';

export interface SavedViewsState {
  views: SavedView[];
  problem: string | null;
  /**
   * Damaged stored data that could not be set aside (storage was full). Until it is, nothing
   * is written over it: each change tries to set it aside first.
   */
  pendingAside: string | null;
  load: () => void;
  save: (name: string, query: string, dataVersion: string | null) => SavedView | null;
  remove: (id: string) => void;
  move: (id: string, delta: -1 | 1) => void;
  dismissProblem: () => void;
}

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function isQuotaError(e: unknown): boolean {
  return e instanceof DOMException && (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED');
}

/** Writes the views; returns a problem in words, or null. */
function persist(views: readonly SavedView[]): string | null {
  const store = storage();
  if (!store) return 'Browser storage is not available, so saved views last only until this page is closed.';
  try {
    store.setItem(SAVED_VIEWS_KEY, writeSavedViews(views));
    return null;
  } catch (e) {
    return isQuotaError(e)
      ? 'Browser storage is full, so the latest change to saved views is kept only until this page is closed.'
      : 'Saved views could not be stored, so the latest change is kept only until this page is closed.';
  }
}

/** Copies damaged stored data under a key of its own; returns that key, or null when storage refused. */
function setAside(store: Storage, raw: string): string | null {
  const key = `${SAVED_VIEWS_KEY}:set-aside:${new Date().toISOString()}`;
  try {
    store.setItem(key, raw);
    return key;
  } catch {
    return null;
  }
}

/** Writes the views, unless damaged data still waits to be set aside and cannot be yet. */
function persistAfterAside(views: readonly SavedView[], pendingAside: string | null): { problem: string | null; pendingAside: string | null } {
  const store = storage();
  if (pendingAside === null || !store) return { problem: persist(views), pendingAside };
  const aside = setAside(store, pendingAside);
  if (!aside) {
    return {
      problem:
        'Browser storage is full and still holds damaged saved views that could not be set aside, so the latest change is kept only until this page is closed.',
      pendingAside,
    };
  }
  const problem = persist(views);
  const keptAt = `The damaged saved views found earlier are now kept in browser storage under “${aside}”.`;
  return { problem: problem ? `${problem} ${keptAt}` : keptAt, pendingAside: null };
}

export const useSavedViews = create<SavedViewsState>()((set, get) => ({
  views: [],
  problem: null,
  pendingAside: null,
  load: () => {
    const store = storage();
    if (!store) return set({ views: [], problem: 'Browser storage is not available, so views cannot be saved between visits.' });
    let raw: string | null;
    try {
      raw = store.getItem(SAVED_VIEWS_KEY);
    } catch {
      return set({ views: [], problem: 'Browser storage could not be read, so saved views are unavailable.' });
    }
    const result = readSavedViews(raw);
    let problem = result.problem && result.problem.charAt(0).toUpperCase() + result.problem.slice(1);
    let pendingAside: string | null = null;
    if (result.setAside && raw !== null) {
      const aside = setAside(store, raw);
      if (aside && persist(result.views) === null) {
        problem = `${problem}. The original data was kept in browser storage under “${aside}”.`;
      } else if (aside) {
        problem = `${problem}. The original data was kept in browser storage under “${aside}”, but the readable views could not be stored again.`;
      } else {
        pendingAside = raw;
        problem = `${problem}. The original data was left in place (storage is full), and changes will not be saved until it can be set aside.`;
      }
    } else if (result.migrated) {
      problem = persist(result.views);
    } else if (problem) problem = `${problem}.`;
    set({ views: result.views, problem, pendingAside });
  },
  save: (name, query, dataVersion) => {
    const trimmed = name.trim().slice(0, 80);
    if (!trimmed) return null;
    if (get().views.length >= MAX_SAVED_VIEWS) {
      set({ problem: `There can be at most ${MAX_SAVED_VIEWS} saved views; remove one first.` });
      return null;
    }
    const view: SavedView = { id: newViewId(), name: trimmed, query, savedAt: new Date().toISOString(), dataVersion };
    const views = [...get().views, view];
    set({ views, ...persistAfterAside(views, get().pendingAside) });
    return view;
  },
  remove: (id) => {
    const views = get().views.filter((x) => x.id !== id);
    set({ views, ...persistAfterAside(views, get().pendingAside) });
  },
  move: (id, delta) => {
    const views = moveView(get().views, id, delta);
    set({ views, ...persistAfterAside(views, get().pendingAside) });
  },
  dismissProblem: () => set({ problem: null }),
}));
