/**
 * The datasets as react-query definitions: the one the site serves, fetched, parsed and
 * validated inside queryFn (so failures surface as query errors with a retry), and the one a
 * user loaded from a file, which is put in the cache when it has passed.
 */
import { queryOptions } from '@tanstack/react-query';
import { DatasetError } from './dataset-error.ts';
import { loadDataset, type LoadedDataset } from './loader/load-dataset.ts';
import { versionFile } from './published-versions.ts';

export type { LoadedDataset };

export const DATASET_FILE = 'data/xiaomi.json';

/** Which dataset the page shows: the site's, a file the user loaded, or a published version ("v:2026-11-23.1"). */
export type DatasetKey = 'bundled' | 'upload' | `v:${string}`;

/**
 * A dataset is kept until the page closes and replaced whole. Structural sharing is off: it
 * compares the old dataset with the new one record by record, which held the page for about
 * 2.5 s (4x CPU throttling) when a file of 275,000 records replaced the bundled data.
 */
const kept = { staleTime: Infinity, gcTime: Infinity, structuralSharing: false } as const;

export const datasetQueryOptions = queryOptions({
  // Typed loosely on purpose: the bundled and the uploaded dataset share one query shape.
  queryKey: ['dataset', DATASET_FILE] as readonly string[],
  // Relative to the page, so the build works from any sub-path.
  queryFn: ({ signal }) => loadDataset({ kind: 'served', url: `${import.meta.env.BASE_URL}${DATASET_FILE}`, name: DATASET_FILE }, signal),
  ...kept,
  retry: (failures, error) => error instanceof DatasetError && error.kind === 'network' && failures < 2,
});

/** A loaded file's dataset is put in the cache directly; there is nothing to fetch. */
export const uploadedDatasetQueryOptions = queryOptions({
  queryKey: ['dataset', 'upload'] as readonly string[],
  queryFn: (): Promise<LoadedDataset> => Promise.reject(new Error('No dataset has been loaded from a file.')),
  ...kept,
  retry: false,
});

/** An earlier published version, kept unchanged in the build for links made with it. */
function pinnedDatasetQueryOptions(version: string) {
  const file = versionFile(version);
  return queryOptions({
    queryKey: ['dataset', file] as readonly string[],
    queryFn: ({ signal }) => loadDataset({ kind: 'served', url: `${import.meta.env.BASE_URL}${file}`, name: file }, signal),
    ...kept,
    retry: datasetQueryOptions.retry,
  });
}

export function activeDatasetQuery(key: DatasetKey) {
  if (key === 'upload') return uploadedDatasetQueryOptions;
  if (key === 'bundled') return datasetQueryOptions;
  return pinnedDatasetQueryOptions(key.slice('v:'.length));
}
