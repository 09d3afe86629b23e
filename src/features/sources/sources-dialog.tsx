import { lazy, Suspense, useRef, useState } from 'react';
import { useLoadedDatasetIndex } from '../../hooks/use-dataset-index.ts';
import { sourcesSummary } from '../../domain/sources.ts';

const SourceDetails = lazy(() => import('./source-details.tsx').then((m) => ({ default: m.SourceDetails })));

/**
 * A "Sources" button opening a modal list of every source and what it contributes (Escape
 * closes it). It sits in the page header, outside the dataset gate, so it reads the dataset
 * without suspending and stays disabled until the data has loaded.
 */
export function SourcesButton() {
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  const index = useLoadedDatasetIndex();
  return (
    <>
      <button
        type="button"
        className="button"
        disabled={!index}
        onClick={() => {
          setOpen(true);
          dialog.current?.showModal();
        }}
      >
        Sources
      </button>
      <dialog ref={dialog} className="dialog" aria-labelledby="sources-dialog-title" onClose={() => setOpen(false)}>
        <div className="dialog__header">
          <h2 id="sources-dialog-title">Sources</h2>
          <button type="button" className="button" onClick={() => dialog.current?.close()}>
            Close
          </button>
        </div>
        <p className="muted small">
          {index ? `${sourcesSummary(index)} ` : null}Publishers and dates a source does not print are marked as not named or inferred.
        </p>
        {open && index ? (
          <Suspense fallback={<p role="status">Loading the sources…</p>}>
            <SourceDetails index={index} />
          </Suspense>
        ) : null}
      </dialog>
    </>
  );
}
