import { convertedWords, type PlotPoint } from '../../domain/plot.ts';

/**
 * Value, period, kind and source of one plotted figure; derived figures add their formula and
 * inputs. Brief (a tooltip, which lies over the chart): the source by its short name, and the
 * formula without its inputs, which what a click or tap shows gives in full.
 */
export function PointDetails({ label, point, brief = false }: { label: string; point: PlotPoint; brief?: boolean }) {
  const p = point.provenance;
  return (
    <div className="point-details">
      <div className="point-details__head">
        <span className="point-details__series">{label}</span>
        <strong>{point.text}</strong>
      </div>
      <div className="point-details__meta">
        {p.period} · <span className={`kind kind--${point.observation.kind}`}>{p.kind}</span>
        {/* Said always, so a worldwide figure drawn under a region filter is never taken for that region's. */}
        {point.observation.region === 'global' ? ' · worldwide' : ''}
        {point.convertedWith ? ` · ${convertedWords(point.convertedWith)}` : ''}
      </div>
      {p.formula ? (
        <div className="point-details__formula">
          = {p.formula}
          {brief ? null : (
            <ul>
              {p.inputs?.map((i) => (
                <li key={`${i.what}-${i.period}-${i.source}`}>
                  {i.what}, {i.period}: {i.text} <span className="muted">({i.source})</span>
                </li>
              ))}
            </ul>
          )}
        </div>
      ) : null}
      <div className="point-details__source">Source: {brief ? p.source : p.citation}</div>
      {point.agreement ? <div className={`point-details__agreement point-details__agreement--${point.agreement.outcome}`}>{point.agreement.text}</div> : null}
    </div>
  );
}
