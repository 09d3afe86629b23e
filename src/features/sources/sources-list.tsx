import { useDatasetIndex } from '../../data/use-dataset.ts';
import { sourceDate, sourceHeadline, sourcePublisher } from '../../domain/sources.ts';

/** The five source articles, cited by publisher, headline and date, with what each contributes. */
export function SourcesList() {
  const index = useDatasetIndex();
  const counts = new Map<string, number>();
  for (const o of index.dataset.observations) counts.set(o.sourceId, (counts.get(o.sourceId) ?? 0) + 1);
  return (
    <section className="section" aria-labelledby="sources-heading">
      <div className="section__header">
        <h2 id="sources-heading">Sources</h2>
        <p className="muted">Where an article did not print its publisher, headline or date, that is said rather than guessed.</p>
      </div>
      <ol className="sources">
        {index.dataset.sources.map((s) => (
          <li key={s.id} className="source" id={`source-${s.id}`}>
            <p className="source__headline">{sourceHeadline(s)}</p>
            <p className="source__meta">
              {sourcePublisher(s)} · {sourceDate(s)} · {counts.get(s.id) ?? 0} figures · file {s.seedFile}
            </p>
            <p className="source__summary">{s.summary}</p>
            {s.dateNote ? <p className="source__note muted small">{s.dateNote}</p> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
