import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { DatasetError } from '../data/dataset-error.ts';
import { activeDatasetQuery, useActiveDataset } from '../data/active-dataset.ts';

const MAX_PROBLEMS_SHOWN = 20;

function DatasetErrorView({ error, onRetry, retrying }: { error: Error; onRetry: () => void; retrying: boolean }) {
  const problems = error instanceof DatasetError ? error.problems : [];
  return (
    <div className="error-box error-box--page" role="alert">
      <h2>The dataset could not be loaded</h2>
      <p>{error.message}</p>
      {problems.length ? (
        <ul className="problems">
          {problems.slice(0, MAX_PROBLEMS_SHOWN).map((p) => (
            <li key={`${p.path}:${p.message}`}>
              <code>{p.path}</code>: {p.message}
            </li>
          ))}
          {problems.length > MAX_PROBLEMS_SHOWN ? <li>…and {problems.length - MAX_PROBLEMS_SHOWN} more</li> : null}
        </ul>
      ) : null}
      <button type="button" className="button button--primary" onClick={onRetry} disabled={retrying}>
        {retrying ? 'Retrying…' : 'Retry'}
      </button>
    </div>
  );
}

/** Renders its children once the dataset has loaded and validated; until then, a loading state or a clear error. */
export function DatasetGate({ children }: { children: ReactNode }) {
  const source = useActiveDataset((s) => s.source);
  const query = useQuery(activeDatasetQuery(source));
  if (query.isPending) {
    return (
      <div className="loading" role="status" aria-live="polite">
        <span className="loading__spinner" aria-hidden="true" />
        Loading the dataset…
      </div>
    );
  }
  if (query.isError) {
    return <DatasetErrorView error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />;
  }
  return <>{children}</>;
}
