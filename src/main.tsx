import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { datasetQueryOptions } from './data/dataset-query.ts';
import { useSavedViews } from './state/saved-views-store.ts';
import './app/theme.css';
import './app/app.css';
import './components/ui/ui.css';
import './components/charts/charts.css';
import './app/print.css';

const queryClient = new QueryClient();
// Start loading the dataset alongside React's first render.
void queryClient.prefetchQuery(datasetQueryOptions);
// Saved views are read before the first render: a shared link may point into the saved deck.
useSavedViews.getState().load();
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);
