/**
 * The saved views of this browser, in presentation order, kept by zustand's persist in local
 * storage (versioned, older formats migrated). The storage below keeps today's guarantees:
 * damaged data is set aside under a key of its own before anything is written over it (and
 * while it cannot be, nothing is); a change that cannot be stored stays for the session; every
 * problem is said in words (in the session store). Each change first reads what other tabs
 * stored, so two tabs saving at once both keep their views; a change in one tab reaches the
 * others through the storage event (followOtherTabs).
 */
import { create } from 'zustand';
import { persist, type PersistStorage, type StorageValue } from 'zustand/middleware';
import {
  MAX_SAVED_VIEWS,
  MAX_VIEW_QUERY,
  migrateViews,
  moveView,
  newViewId,
  readSavedViews,
  SAVED_VIEWS_KEY,
  SAVED_VIEWS_VERSION,
  type SavedView,
} from './saved-views.ts';
import { useSession } from './session-store.ts';
import { capitalize } from '../domain/format.ts';

interface Persisted {
  views: SavedView[];
}

export interface SavedViewsState extends Persisted {
  /** Reads the views from storage again (at start, and when another tab changed them). */
  load: () => void;
  save: (name: string, query: string, dataVersion: string | null) => SavedView | null;
  remove: (id: string) => void;
  move: (id: string, delta: -1 | 1) => void;
  /**
   * Adds views from a deck file after the ones here, as many as there is room for: a view already
   * here (same id) is not added twice. Returns how many were added, were here already, or had no room.
   */
  addViews: (views: readonly SavedView[]) => { added: number; alreadyHere: number; noRoom: number };
}

const report = (problem: string | null) => useSession.getState().reportSavedViews(problem);
/** The last "kept only until this page is closed" said after a failed write: taken back once a write succeeds. */
let unsavedWarning: string | null = null;

function localStore(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function isQuotaError(e: unknown): boolean {
  return e instanceof DOMException && (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED');
}

/** Copies damaged stored text under a key of its own; returns that key, or null when storage refused. */
function setAside(store: Storage, raw: string): string | null {
  const key = `${SAVED_VIEWS_KEY}:set-aside:${new Date().toISOString()}`;
  try {
    store.setItem(key, raw);
    return key;
  } catch {
    return null;
  }
}

function write(store: Storage, value: StorageValue<Persisted>): string | null {
  try {
    store.setItem(SAVED_VIEWS_KEY, JSON.stringify(value));
    return null;
  } catch (e) {
    return isQuotaError(e) ? 'Browser storage is full' : 'Saved views could not be stored';
  }
}

const storage: PersistStorage<Persisted> = {
  getItem: () => {
    const store = localStore();
    if (!store) {
      report('Browser storage is not available, so views cannot be saved between visits.');
      return null;
    }
    let raw: string | null;
    try {
      raw = store.getItem(SAVED_VIEWS_KEY);
    } catch {
      report('Browser storage could not be read, so saved views are unavailable.');
      return null;
    }
    const { stored, problem, damaged } = readSavedViews(raw);
    if (damaged && raw !== null) {
      const aside = setAside(store, raw);
      const keep = { state: { views: migrateViews(stored?.views ?? [], stored?.version ?? SAVED_VIEWS_VERSION) }, version: SAVED_VIEWS_VERSION };
      if (!aside)
        report(`${capitalize(problem ?? '')}. The original data was left in place (storage is full), and changes will not be saved until it can be set aside.`);
      else if (write(store, keep))
        report(
          `${capitalize(problem ?? '')}. The original data was kept in browser storage under “${aside}”, but the readable views could not be stored again.`,
        );
      else report(`${capitalize(problem ?? '')}. The original data was kept in browser storage under “${aside}”.`);
      return keep;
    }
    return stored ? { state: { views: stored.views as SavedView[] }, version: stored.version } : null;
  },
  setItem: (_name, value) => {
    const store = localStore();
    if (!store) {
      useSession.getState().markSavedViewsUnsaved(true);
      return report('Browser storage is not available, so saved views last only until this page is closed.');
    }
    // Never write over damaged data that has not been set aside (storage was full when it was found).
    let raw: string | null = null;
    try {
      raw = store.getItem(SAVED_VIEWS_KEY);
    } catch {
      // Unreadable now: writing is the only way to keep the change.
    }
    let keptAt: string | null = null;
    if (raw !== null && readSavedViews(raw).damaged) {
      keptAt = setAside(store, raw);
      if (!keptAt) {
        useSession.getState().markSavedViewsUnsaved(true);
        return report(
          'Browser storage is full and still holds damaged saved views that could not be set aside, so the latest change is kept only until this page is closed.',
        );
      }
    }
    const failed = write(store, value);
    useSession.getState().markSavedViewsUnsaved(failed !== null);
    const where = keptAt ? `The damaged saved views found earlier are now kept in browser storage under “${keptAt}”.` : null;
    if (failed) {
      unsavedWarning = [`${failed}, so the latest change to saved views is kept only until this page is closed.`, where].filter(Boolean).join(' ');
      report(unsavedWarning);
    } else if (where) report(where);
    // Stored again: the warning that changes would last only until the page closes is no longer true.
    else if (unsavedWarning !== null && useSession.getState().savedViewsProblem === unsavedWarning) report(null);
    if (!failed) unsavedWarning = null;
  },
  removeItem: () => undefined,
};

export const useSavedViews = create<SavedViewsState>()(
  persist(
    (set, get) => ({
      views: [],
      load: () => void useSavedViews.persist.rehydrate(),
      save: (name, query, dataVersion) => {
        const trimmed = name.trim().slice(0, 80);
        if (!trimmed) return null;
        get().load();
        if (get().views.length >= MAX_SAVED_VIEWS) {
          report(`You can keep up to ${MAX_SAVED_VIEWS} saved views; remove one to save another.`);
          return null;
        }
        // Never said to be saved, then set aside as unreadable on the next read.
        if (query.length > MAX_VIEW_QUERY) {
          report(`This view’s link is too long to keep (${query.length} characters; at most ${MAX_VIEW_QUERY}): shorten its search.`);
          return null;
        }
        const view: SavedView = { id: newViewId(), name: trimmed, query, savedAt: new Date().toISOString(), dataVersion };
        set({ views: [...get().views, view] });
        return view;
      },
      remove: (id) => {
        get().load();
        set({ views: get().views.filter((x) => x.id !== id) });
      },
      move: (id, delta) => {
        get().load();
        set({ views: moveView(get().views, id, delta) });
      },
      addViews: (views) => {
        get().load();
        const here = new Set(get().views.map((v) => v.id));
        // A view the file holds twice counts once.
        const inFile = [...new Map(views.map((v) => [v.id, v])).values()];
        const fresh = inFile.filter((v) => !here.has(v.id));
        const added = fresh.slice(0, Math.max(0, MAX_SAVED_VIEWS - get().views.length));
        if (added.length) set({ views: [...get().views, ...added] });
        return { added: added.length, alreadyHere: inFile.length - fresh.length, noRoom: fresh.length - added.length };
      },
    }),
    {
      name: SAVED_VIEWS_KEY,
      version: SAVED_VIEWS_VERSION,
      storage,
      // Read when the app starts (main.tsx calls load), not when this module is first imported.
      skipHydration: true,
      partialize: (s) => ({ views: s.views }),
      migrate: (persisted, version) => ({ views: migrateViews((persisted as Persisted | undefined)?.views ?? [], version) }),
      // What is stored wins, unless this tab holds changes it could not store: those are kept too.
      merge: (persisted, current) => {
        const stored = (persisted as Persisted | undefined)?.views;
        if (!stored) return current;
        if (!useSession.getState().savedViewsUnsaved) return { ...current, views: stored };
        const ids = new Set(stored.map((x) => x.id));
        return { ...current, views: [...stored, ...current.views.filter((x) => !ids.has(x.id))] };
      },
    },
  ),
);

/** Follows changes other tabs make to the saved views; returns a function that stops. */
export function followOtherTabs(): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === SAVED_VIEWS_KEY || event.key === null) useSavedViews.getState().load();
  };
  window.addEventListener('storage', onStorage);
  return () => window.removeEventListener('storage', onStorage);
}
