import type { Source } from '../../data/schema.ts';
import type { PlotPoint } from '../../domain/plot.ts';
import { citation } from '../../domain/sources.ts';
import { AgreementNotes } from './agreement-notes.tsx';

/** "Sources:" under a panel: every source of what the panel shows, and where two sources agree or differ. */
export function SourceFooter({ sources, extra, points = [] }: { sources: readonly Source[]; extra?: string; points?: readonly PlotPoint[] }) {
  if (sources.length === 0 && !extra) return null;
  return (
    <div className="source-footer">
      <AgreementNotes points={points} />
      {sources.length ? (
        <>
          <span className="source-footer__label">Sources:</span>
          <ul>
            {sources.map((s) => (
              <li key={s.id}>{citation(s)}</li>
            ))}
          </ul>
        </>
      ) : null}
      {extra ? <p className="source-footer__extra">{extra}</p> : null}
    </div>
  );
}
