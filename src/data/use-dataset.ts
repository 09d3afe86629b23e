import { useSuspenseQuery } from '@tanstack/react-query';
import { indexDataset, type DatasetIndex } from '../domain/dataset-index.ts';
import { activeDatasetQuery, useActiveDataset } from './active-dataset.ts';
import type { LoadedDataset } from './parse-dataset.ts';

/**
 * The dataset the page shows, indexed. Components below the DatasetGate call this; the data is
 * already cached there, so it returns synchronously.
 */
export function useDatasetIndex(): DatasetIndex {
  const source = useActiveDataset((s) => s.source);
  return useSuspenseQuery({ ...activeDatasetQuery(source), select: selectIndex }).data;
}

/** Module-level, so react-query sees one `select` and runs it once per dataset. */
export function selectIndex(loaded: LoadedDataset): DatasetIndex {
  return indexDataset(loaded.dataset);
}
