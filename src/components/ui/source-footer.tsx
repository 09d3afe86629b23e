import type { Source } from '../../data/schema.ts';
import { citation } from '../../domain/sources.ts';

/** "Sources:" line under a panel, naming every source of what the panel currently shows. */
export function SourceFooter({ sources, extra }: { sources: readonly Source[]; extra?: string }) {
  if (sources.length === 0 && !extra) return null;
  return (
    <div className="source-footer">
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
