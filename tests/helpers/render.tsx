import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { datasetQueryOptions } from '../../src/data/dataset-query.ts';
import { DatasetIndexProvider } from '../../src/hooks/use-dataset-index.ts';
import type { Dataset } from '../../src/data/schema.ts';
import { useViewStore } from '../../src/state/view-store.ts';
import { DEFAULT_VIEW, type ViewState } from '../../src/state/view-state.ts';
import { bundledDataset } from './dataset.ts';

/** A fresh client per test, never retrying, so one test's cache or failure cannot leak into another. */
export function testQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { retry: false, gcTime: Infinity } } });
}

/** Renders `ui` with the bundled dataset already loaded and the view store set to `view`. */
export function renderWithData(ui: ReactElement, options: { view?: Partial<ViewState>; dataset?: Dataset } = {}): RenderResult & { client: QueryClient } {
  const client = testQueryClient();
  client.setQueryData(datasetQueryOptions.queryKey, { dataset: options.dataset ?? bundledDataset(), leftOut: [] });
  useViewStore.setState({ ...DEFAULT_VIEW, ...options.view });
  const result = render(
    <QueryClientProvider client={client}>
      <DatasetIndexProvider>{ui}</DatasetIndexProvider>
    </QueryClientProvider>,
  );
  return { ...result, client };
}
