import { useDatasetIndex } from '../../hooks/use-dataset-index.ts';
import { SourceDetails } from './source-details.tsx';

/** The sources at the foot of the page. */
export function SourcesSection() {
  const index = useDatasetIndex();
  return (
    <section className="section" aria-labelledby="sources-heading">
      <div className="section__header">
        <h2 id="sources-heading">Sources</h2>
        <p className="muted">Where an article did not print its publisher, headline or date, that is said rather than guessed.</p>
      </div>
      <SourceDetails index={index} />
    </section>
  );
}
