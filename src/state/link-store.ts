/**
 * What the URL sync knows about the link the page was opened with: ignored parameters, a
 * dataset that changed since the link was made, and which dataset the view was last read for.
 * Kept apart from the view store: none of it is part of the view.
 */
import { create } from 'zustand';
import type { UrlNotice } from './url-state.ts';

export interface LinkState {
  ignored: UrlNotice[];
  /** Set when the link names a different dataset version than the one loaded. */
  versionMismatch: { linked: string; current: string } | null;
  /** The dataset object the view was last hydrated for (the gate waits for it). */
  syncedFor: object | null;
  dismiss: () => void;
  markSynced: (dataset: object | null) => void;
  report: (ignored: UrlNotice[], versionMismatch: LinkState['versionMismatch']) => void;
}

export const useLinkState = create<LinkState>()((set) => ({
  ignored: [],
  versionMismatch: null,
  syncedFor: null,
  dismiss: () => set({ ignored: [], versionMismatch: null }),
  markSynced: (syncedFor) => set({ syncedFor }),
  report: (ignored, versionMismatch) => set({ ignored, versionMismatch }),
}));
