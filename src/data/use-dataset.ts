import { useSuspenseQuery } from '@tanstack/react-query';
import { indexDataset, type DatasetIndex } from '../domain/dataset-index.ts';
import { activeDatasetQuery, useActiveDataset } from './active-dataset.ts';

/**
 * The dataset the page shows, indexed. Components below the DatasetGate call this; the data is
 * already cached there, so it returns synchronously. `indexDataset` is a stable module-level
 * function, so `select` runs once per dataset.
 */
export function useDatasetIndex(): DatasetIndex {
  const source = useActiveDataset((s) => s.source);
  return useSuspenseQuery({ ...activeDatasetQuery(source), select: indexDataset }).data;
}
