import { useState } from 'react';
import { noteAsShown, type PlotPoint } from '../../domain/plot.ts';
import { formatNumber } from '../../domain/format.ts';
import { segmentOf } from '../../domain/filters.ts';
import { showMore } from './show-more.ts';
import { usePrinting } from './use-printing.ts';

/** A panel's other figures under the filters, as its data hook gives them. */
export interface Facts {
  facts: readonly PlotPoint[];
  /** How many figures there are in all, when `facts` holds only the latest of them. */
  factTotal: number;
  /** Why the filters leave no figures (emptyFactsNote); without it an empty list shows nothing. */
  factsNote: string | null;
  /** The segments chosen (null: all), so a figure the segment filter did not narrow says so. */
  factsSegments?: readonly string[] | null;
}

export interface FactListProps {
  title: string;
  data: Facts;
  /** The number of a figure's source in the panel's footer. */
  sourceNumber?: (sourceId: string) => number | undefined;
}

/** Figures shown before "Show all". */
const INITIAL = 4;

/** Figures that are not charted (growth rates, counts): a few at first, the rest one tap away, each with its period, kind and source. */
export function FactList({ title, data, sourceNumber }: FactListProps) {
  const [all, setAll] = useState(false);
  const printing = usePrinting();
  const { facts: points, factTotal: total, factsNote: emptyNote, factsSegments = null } = data;
  // A figure of no chosen segment is in the list only because the filter cannot narrow it.
  const notBySegment = (p: PlotPoint) => factsSegments !== null && !factsSegments.includes(segmentOf(p.observation) ?? '');
  if (points.length === 0) {
    return emptyNote ? (
      <div className="facts">
        <h3 className="facts__title">{title}</h3>
        <p className="muted small">{emptyNote}</p>
      </div>
    ) : null;
  }
  const shown = all || printing ? points : points.slice(0, INITIAL);
  return (
    <div className="facts">
      <h3 className="facts__title">{title}</h3>
      <ul className="facts__list">
        {shown.map((p) => {
          const n = sourceNumber?.(p.observation.sourceId);
          return (
            <li key={p.observation.id} className="fact" data-kind={p.observation.kind}>
              <span className="fact__value">{p.text}</span>{' '}
              <span className="fact__what">
                {p.provenance.what}, {p.provenance.period}
                {p.observation.kind !== 'reported' ? <span className={`kind kind--${p.observation.kind}`}>{p.provenance.kind}</span> : null}
                {p.provenance.formula ? <span className="fact__formula"> = {p.provenance.formula}</span> : null}
                {notBySegment(p) ? <span className="fact__unfiltered"> · not by segment</span> : null}
              </span>{' '}
              {/* What a computed figure assumes and how far its precision goes. */}
              {p.provenance.formula && p.provenance.note ? <span className="fact__note">{noteAsShown(p)}</span> : null}
              <span className="fact__source" title={p.provenance.citation}>
                {n ? <span aria-label={`source ${n}: ${p.provenance.source}`}>[{n}]</span> : p.provenance.source}
              </span>
            </li>
          );
        })}
      </ul>
      {points.length > INITIAL ? (
        <button
          type="button"
          className="button button--small facts__more"
          aria-expanded={all}
          onClick={(e) => showMore(e.currentTarget, () => setAll(!all), all ? null : INITIAL)}
        >
          {all ? 'Show fewer' : `Show all ${formatNumber(points.length, 0)}`}
        </button>
      ) : null}
      {total > points.length ? (
        <p className="muted small">
          The latest {points.length} of {formatNumber(total, 0)} figures; every one is in All figures below.
        </p>
      ) : null}
    </div>
  );
}
