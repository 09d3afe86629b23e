import type { DatasetIndex } from '../../domain/dataset-index.ts';
import { countOf } from '../../domain/format.ts';
import { safeHttpUrl } from '../../data/safe-url.ts';
import { sourceContributions, sourceDate, sourceHeadline, sourcePublisher } from '../../domain/sources.ts';

/** Every source, cited by publisher, headline and date, with what it contributes (which figures, which periods). */
export function SourceDetails({ index }: { index: DatasetIndex }) {
  return (
    <ol className="sources">
      {index.dataset.sources.map((s) => {
        const { figures, metrics } = sourceContributions(index, s.id);
        const goals = index.goals.filter((g) => g.sourceIds.includes(s.id)).length;
        const events = index.events.filter((e) => e.sourceId === s.id).length;
        const href = safeHttpUrl(s.url);
        return (
          <li key={s.id} className="source">
            <h3 className="source__headline">{sourceHeadline(s)}</h3>
            <p className="source__meta">
              {sourcePublisher(s)} · {sourceDate(s)}
              {s.seedFile ? ` · file ${s.seedFile}` : ''}
            </p>
            {href ? (
              <p className="source__link small">
                <a href={href} rel="noopener noreferrer" target="_blank">
                  Read the article at {new URL(href).host}
                </a>
              </p>
            ) : null}
            <details className="source__contributions">
              <summary>
                Contributes {countOf(figures, 'figure')}
                {goals ? `, ${countOf(goals, 'goal')}` : ''}
                {events ? `, ${countOf(events, 'event')}` : ''}
              </summary>
              <p className="source__summary">{s.summary}</p>
              {s.dateNote ? <p className="source__note muted small">{s.dateNote}</p> : null}
              <ul>
                {metrics.map((c) => (
                  <li key={c.metric}>
                    {c.metric}: {c.periods.join(', ')}
                  </li>
                ))}
              </ul>
            </details>
          </li>
        );
      })}
    </ol>
  );
}
