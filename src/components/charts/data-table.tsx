import type { ReactNode } from 'react';
import { convertedWords, noteAsShown, type PlotPoint } from '../../domain/plot.ts';

export interface DataTableProps {
  caption: string;
  points: readonly PlotPoint[];
  /** Optional column naming the chart series each figure belongs to. */
  seriesOf?: (point: PlotPoint) => string;
}

/**
 * The box a wide table scrolls in on a narrow screen. A keyboard user can only scroll what can
 * take focus, so the box is focusable and named after the table's caption (WCAG 2.1.1). It lives
 * here, with the table twin that every panel draws, so it costs no chunk of its own.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-wrap" role="group" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}

/** The table twin of a chart: the same figures, same formatting, each with its kind and source. */
export function DataTable({ caption, points, seriesOf }: DataTableProps) {
  return (
    <TableScroll label={caption}>
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {seriesOf ? <th scope="col">Series</th> : null}
            <th scope="col">Figure</th>
            <th scope="col">Period</th>
            <th scope="col" className="num">
              Value
            </th>
            <th scope="col">Kind</th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          {points.map((p) => (
            <tr key={p.observation.id} data-kind={p.observation.kind}>
              {seriesOf ? <td data-label="Series">{seriesOf(p)}</td> : null}
              <th scope="row">{p.provenance.what}</th>
              <td data-label="Period">{p.provenance.period}</td>
              <td className="num" data-label="Value">
                {p.text}
              </td>
              <td data-label="Kind">
                <span className={`kind kind--${p.observation.kind}`}>{p.provenance.kind}</span>
                {p.provenance.formula ? <div className="muted small">= {p.provenance.formula}</div> : null}
                {p.provenance.formula && p.provenance.note ? <div className="muted small">{noteAsShown(p)}</div> : null}
                {p.convertedWith ? <div className="muted small">{convertedWords(p.convertedWith)}</div> : null}
              </td>
              <td title={p.provenance.citation} data-label="Source">
                {p.provenance.source}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
