import { useSuspenseQuery } from '@tanstack/react-query';
import { indexDataset, type DatasetIndex } from '../domain/dataset-index.ts';
import { datasetQueryOptions } from './dataset-query.ts';

/**
 * The loaded dataset, indexed. Components below the DatasetGate call this; the data is
 * already cached there, so it returns synchronously. `indexDataset` is a stable module-level
 * function, so `select` runs once per dataset.
 */
export function useDatasetIndex(): DatasetIndex {
  return useSuspenseQuery({ ...datasetQueryOptions, select: indexDataset }).data;
}
