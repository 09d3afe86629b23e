import { lazy, Suspense } from 'react';
import { DialogButton } from '../../components/ui/dialog-button.tsx';
import { useLoadedDatasetIndex } from '../../hooks/use-dataset-index.ts';

const CitationFormats = lazy(() => import('./citation-formats.tsx').then((m) => ({ default: m.CitationFormats })));

/**
 * "Cite": the view on screen and each article behind its figures, as plain text, BibTeX, RIS
 * and CSL-JSON, to copy or download. In the page header, like Sources, so it waits for the data.
 */
export function CiteButton() {
  const index = useLoadedDatasetIndex();
  return (
    <DialogButton label="Cite" title="Cite this view" disabled={!index}>
      {() =>
        index ? (
          <Suspense fallback={<p role="status">Writing the citations…</p>}>
            <CitationFormats index={index} />
          </Suspense>
        ) : null
      }
    </DialogButton>
  );
}
