import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { loadPanelsAhead } from './app/panels.ts';
import { datasetQueryOptions } from './data/dataset-query.ts';
import { whenReadOffThread } from './data/download-dataset.ts';
import { useSavedViews } from './state/saved-views-store.ts';
import './app/theme.css';
import './app/app.css';
import './components/ui/ui.css';
import './components/charts/charts.css';
import './app/print.css';

const queryClient = new QueryClient();
// Take up the download src/boot.ts started, alongside React's first render.
void queryClient.prefetchQuery(datasetQueryOptions);
// A file large enough for the worker leaves the page waiting: load the other panels' code
// meanwhile, so they draw as soon as the first panel is on screen (for a small file their code
// loads once the first chart is drawn and the browser is idle, see useAllPanels).
whenReadOffThread(loadPanelsAhead);
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
