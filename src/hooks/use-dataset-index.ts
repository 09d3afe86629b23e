import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { createContext, createElement, useContext, type ReactNode } from 'react';
import { activeDatasetQuery, type LoadedDataset } from '../data/dataset-query.ts';
import { indexDataset, type DatasetIndex } from '../domain/dataset-index.ts';
import { datasetKeyOf, useSession } from '../state/session-store.ts';

const DatasetIndexContext = createContext<DatasetIndex | null>(null);

/**
 * Reads the dataset the page shows from the react-query cache, once, and hands its index to
 * everything below (the DatasetGate renders it once the data has loaded). One query observer
 * for the page rather than one per component: with dozens of them, every filter change paid
 * for each.
 */
export function DatasetIndexProvider({ children }: { children: ReactNode }) {
  const source = useSession((s) => datasetKeyOf(s.dataset));
  const index = useSuspenseQuery({ ...activeDatasetQuery(source), select: selectIndex }).data;
  return createElement(DatasetIndexContext.Provider, { value: index }, children);
}

/** The dataset the page shows, indexed; for components below a DatasetIndexProvider. */
export function useDatasetIndex(): DatasetIndex {
  const index = useContext(DatasetIndexContext);
  if (!index) throw new Error('useDatasetIndex is only available below the DatasetIndexProvider (the DatasetGate)');
  return index;
}

/**
 * The dataset the page shows, indexed, or undefined while it loads: for the page header, which
 * sits outside the DatasetGate and must not suspend.
 */
export function useLoadedDatasetIndex(): DatasetIndex | undefined {
  const source = useSession((s) => datasetKeyOf(s.dataset));
  return useQuery({ ...activeDatasetQuery(source), select: selectIndex }).data;
}

/** Module-level, so react-query sees one `select` and runs it once per dataset. */
function selectIndex(loaded: LoadedDataset): DatasetIndex {
  return indexDataset(loaded.dataset);
}
