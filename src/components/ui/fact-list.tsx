import type { PlotPoint } from '../../domain/plot.ts';
import { formatNumber } from '../../domain/format.ts';

/** Figures that are not charted (growth rates, counts), each with its period, kind and source. */
export function FactList({ title, points, total = points.length }: { title: string; points: readonly PlotPoint[]; total?: number }) {
  if (points.length === 0) return null;
  return (
    <div className="facts">
      <h3 className="facts__title">{title}</h3>
      {total > points.length ? (
        <p className="muted small">
          The latest {points.length} of {formatNumber(total, 0)} figures; every one is in All figures below.
        </p>
      ) : null}
      <ul className="facts__list">
        {points.map((p) => (
          <li key={p.observation.id} className="fact" data-kind={p.observation.kind}>
            <span className="fact__value">{p.text}</span>
            <span className="fact__what">
              {p.provenance.what}, {p.provenance.period}
              {p.observation.kind !== 'reported' ? <span className={`kind kind--${p.observation.kind}`}>{p.provenance.kind}</span> : null}
            </span>
            <span className="fact__source" title={p.provenance.citation}>
              {p.provenance.formula ? `= ${p.provenance.formula}. ` : ''}
              {p.provenance.source}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
