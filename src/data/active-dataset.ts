/**
 * Which dataset the page shows: the bundled one, or one the user loaded from a file. Only the
 * choice lives here; both datasets live in the react-query cache.
 */
import { queryOptions } from '@tanstack/react-query';
import { create } from 'zustand';
import { datasetQueryOptions } from './dataset-query.ts';
import type { LoadedDataset } from './parse-dataset.ts';

export type DatasetSource = 'bundled' | 'upload';

export interface ActiveDataset {
  source: DatasetSource;
  /** What was loaded, in words ("1,204 figures from sales.csv"). */
  label: string | null;
  use: (source: DatasetSource, label?: string | null) => void;
}

export const useActiveDataset = create<ActiveDataset>()((set) => ({
  source: 'bundled',
  label: null,
  use: (source, label = null) => set({ source, label }),
}));

/** A loaded file's dataset is put in the cache directly; there is nothing to fetch. */
export const uploadedDatasetQueryOptions = queryOptions({
  queryKey: ['dataset', 'upload'] as readonly string[],
  queryFn: (): Promise<LoadedDataset> => Promise.reject(new Error('No dataset has been loaded from a file.')),
  staleTime: Infinity,
  gcTime: Infinity,
  retry: false,
});

export function activeDatasetQuery(source: DatasetSource) {
  return source === 'upload' ? uploadedDatasetQueryOptions : datasetQueryOptions;
}
