import { create } from 'zustand';
import type { DatasetProblem } from '../../data/dataset-integrity.ts';

/** The state of the last file the user opened: being checked, rejected (with every problem), or nothing to say. */
export interface UploadState {
  status: { kind: 'idle' } | { kind: 'checking'; fileName: string } | { kind: 'rejected'; message: string; problems: readonly DatasetProblem[] };
  set: (status: UploadState['status']) => void;
}

export const useUpload = create<UploadState>()((set) => ({ status: { kind: 'idle' }, set: (status) => set({ status }) }));
