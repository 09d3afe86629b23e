import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { DatasetError } from '../data/dataset-error.ts';
import { activeDatasetQuery, DATASET_FILE } from '../data/dataset-query.ts';
import { DatasetIndexProvider } from '../hooks/use-dataset-index.ts';
import { datasetKeyOf, useSession } from '../state/session-store.ts';
import type { DatasetProblem } from '../data/dataset-integrity.ts';
import { ProblemList } from '../components/ui/problem-list.tsx';

/** The served file had records that failed: the rest is on screen, and this says what is missing and why. */
function LeftOutNotice({
  problems,
  onRetry,
  retrying,
  failed,
}: {
  problems: readonly DatasetProblem[];
  onRetry: () => void;
  retrying: boolean;
  /** Why loading the file again failed: what is on screen stays. */
  failed: Error | null;
}) {
  const n = problems.length;
  return (
    <div className="notice notice--error" role="status">
      <p>
        <strong>
          {n === 1 ? 'One record' : `${n} records`} in {DATASET_FILE} could not be used and {n === 1 ? 'was' : 'were'} left out.
        </strong>{' '}
        Everything else in the file is shown; figures that depend on a left-out record are left out too.
      </p>
      <ProblemList problems={problems} />
      {failed ? <p>Loading the file again failed, so the figures above stay: {failed.message}</p> : null}
      <button type="button" className="button button--small" onClick={() => !retrying && onRetry()} aria-disabled={retrying}>
        {retrying ? 'Loading again…' : 'Load the file again'}
      </button>
    </div>
  );
}

function DatasetErrorView({ error, onRetry, retrying }: { error: Error; onRetry: () => void; retrying: boolean }) {
  const problems = error instanceof DatasetError ? error.problems : [];
  return (
    <div className="error-box error-box--page" role="alert">
      <h2>The dataset could not be loaded</h2>
      <p>{error.message}</p>
      {problems.length ? <ProblemList problems={problems} /> : null}
      <button type="button" className="button button--primary" onClick={() => !retrying && onRetry()} aria-disabled={retrying}>
        {retrying ? 'Retrying…' : 'Retry'}
      </button>
    </div>
  );
}

/** Renders its children once the dataset has loaded and validated; until then, a loading state or a clear error. */
export function DatasetGate({ children }: { children: ReactNode }) {
  const source = useSession((s) => datasetKeyOf(s.dataset));
  const query = useQuery(activeDatasetQuery(source));
  if (query.isPending) {
    return (
      <div className="loading" role="status" aria-live="polite">
        <span className="loading__spinner" aria-hidden="true" />
        Loading the dataset…
      </div>
    );
  }
  // A failed reload keeps the figures of the last good one on screen (react-query keeps its data).
  if (query.data === undefined) {
    return <DatasetErrorView error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />;
  }
  const { leftOut } = query.data;
  return (
    <>
      {leftOut.length ? (
        <LeftOutNotice problems={leftOut} onRetry={() => void query.refetch()} retrying={query.isFetching} failed={query.isError ? query.error : null} />
      ) : null}
      <DatasetIndexProvider>{children}</DatasetIndexProvider>
    </>
  );
}
