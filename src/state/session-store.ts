/**
 * What this page session knows that is neither in the link nor kept by the browser: which
 * dataset is on screen, how the last file the user opened fared, what the link the page was
 * opened with asked for that could not be used, and how storing saved views went. The datasets themselves live in the react-query
 * cache; the view lives in the view store.
 */
import { create } from 'zustand';
import type { DatasetKey } from '../data/dataset-query.ts';
import type { DatasetProblem } from '../data/dataset-integrity.ts';
import type { UrlNotice } from './url-state.ts';

export type DatasetChoice =
  /** The dataset this site publishes. */
  | { source: 'bundled' }
  /**
   * A file the user loaded: `label` says what it holds ("1,204 figures from sales.csv"),
   * `lacks` what the page shows that it has none of ("goals and events"; a CSV holds figures
   * only), and `kept` whether this browser could keep it for the next visit.
   */
  | { source: 'upload'; label: string; lacks: string | null; kept: boolean }
  /** An earlier published version, which a link or a saved view was made with. */
  | { source: 'pinned'; version: string };

/** One string per dataset choice, for selectors (a primitive, so components re-render only when it changes). */
export const datasetKeyOf = (c: DatasetChoice): DatasetKey => (c.source === 'pinned' ? `v:${c.version}` : c.source);

export type UploadStatus =
  { kind: 'idle' } | { kind: 'checking'; fileName: string } | { kind: 'rejected'; message: string; problems: readonly DatasetProblem[] };

export interface SessionState {
  dataset: DatasetChoice;
  upload: UploadStatus;
  /** Parameters of the opened link (or saved view) that were ignored or adjusted, and why. */
  linkNotices: UrlNotice[];
  /** What the notices are about: "the link", or a saved view by its name. */
  linkName: string;
  /** Set when the link names a dataset version this dashboard does not have. */
  versionMismatch: { linked: string; current: string } | null;
  /** The dataset object the view was last read from the link for (the page waits for it). */
  syncedFor: object | null;
  /** What went wrong reading or storing saved views, in words. */
  savedViewsProblem: string | null;
  /** True while this tab holds saved-view changes that could not be stored. */
  savedViewsUnsaved: boolean;
  /** Set when a newer build of the dashboard is ready: calling it reloads the page onto it. */
  appUpdate: (() => void) | null;
  chooseDataset: (choice: DatasetChoice) => void;
  setUpload: (status: UploadStatus) => void;
  reportLink: (notices: UrlNotice[], versionMismatch: SessionState['versionMismatch'], linkName?: string) => void;
  dismissLinkNotices: () => void;
  markSynced: (dataset: object | null) => void;
  reportSavedViews: (problem: string | null) => void;
  markSavedViewsUnsaved: (unsaved: boolean) => void;
}

export const useSession = create<SessionState>()((set) => ({
  dataset: { source: 'bundled' },
  upload: { kind: 'idle' },
  linkNotices: [],
  linkName: 'the link',
  versionMismatch: null,
  syncedFor: null,
  savedViewsProblem: null,
  savedViewsUnsaved: false,
  appUpdate: null,
  chooseDataset: (dataset) => set({ dataset }),
  setUpload: (upload) => set({ upload }),
  reportLink: (linkNotices, versionMismatch, linkName = 'the link') => set({ linkNotices, versionMismatch, linkName }),
  dismissLinkNotices: () => set({ linkNotices: [], versionMismatch: null }),
  markSynced: (syncedFor) => set({ syncedFor }),
  reportSavedViews: (savedViewsProblem) => set({ savedViewsProblem }),
  markSavedViewsUnsaved: (savedViewsUnsaved) => set({ savedViewsUnsaved }),
}));
