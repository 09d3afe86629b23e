import { lazy, Suspense } from 'react';
import { DialogButton } from '../../components/ui/dialog-button.tsx';
import { useLoadedDatasetIndex } from '../../hooks/use-dataset-index.ts';
import { sourcesSummary } from '../../domain/sources.ts';

const SourceDetails = lazy(() => import('./source-details.tsx').then((m) => ({ default: m.SourceDetails })));

/**
 * A "Sources" button opening a modal list of every source and what it contributes (Escape
 * closes it). It sits in the page header, outside the dataset gate, so it reads the dataset
 * without suspending and stays disabled until the data has loaded.
 */
export function SourcesButton() {
  const index = useLoadedDatasetIndex();
  return (
    <DialogButton label="Sources" title="Sources" disabled={!index}>
      {() => (
        <>
          <p className="muted small">
            {index ? `${sourcesSummary(index)} ` : null}Publishers and dates a source does not print are marked as not named or inferred.
          </p>
          {index ? (
            <Suspense fallback={<p role="status">Loading the sources…</p>}>
              <SourceDetails index={index} />
            </Suspense>
          ) : null}
        </>
      )}
    </DialogButton>
  );
}
