import type { ReactNode } from 'react';
import type { Source } from '../../data/schema.ts';
import type { PlotPoint } from '../../domain/plot.ts';
import { citation, shortCitation } from '../../domain/sources.ts';
import { AgreementNotes } from './agreement-notes.tsx';

/**
 * The sources of what a panel shows, once, numbered (the facts above refer to them by number;
 * a chart's details name them in full), and where two sources agree or differ.
 */
export function SourceFooter({ sources, extra, points = [] }: { sources: readonly Source[]; extra?: ReactNode; points?: readonly PlotPoint[] }) {
  if (sources.length === 0 && !extra) return null;
  return (
    <div className="source-footer">
      <AgreementNotes points={points} />
      {sources.length ? (
        <div className="source-footer__list">
          <span className="source-footer__label">Sources</span>
          <ol>
            {sources.map((s) => (
              <li key={s.id} title={citation(s)}>
                {shortCitation(s)}
              </li>
            ))}
          </ol>
        </div>
      ) : null}
      {extra ? <p className="source-footer__extra">{extra}</p> : null}
    </div>
  );
}

/** The number a source has in its panel's footer: its place among the panel's sources. */
export function sourceNumbers(sources: readonly Source[]): (sourceId: string) => number | undefined {
  const numbers = new Map(sources.map((s, i) => [s.id, i + 1]));
  return (id) => numbers.get(id);
}
