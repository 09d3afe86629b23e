import type { PlotPoint } from '../../domain/plot.ts';
import { TableScroll } from '../ui/table-scroll.tsx';

export interface DataTableProps {
  caption: string;
  points: readonly PlotPoint[];
  /** Optional column naming the chart series each figure belongs to. */
  seriesOf?: (point: PlotPoint) => string;
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
              {seriesOf ? <td>{seriesOf(p)}</td> : null}
              <th scope="row">{p.provenance.what}</th>
              <td>{p.provenance.period}</td>
              <td className="num">{p.text}</td>
              <td>
                <span className={`kind kind--${p.observation.kind}`}>{p.provenance.kind}</span>
                {p.provenance.formula ? <div className="muted small">= {p.provenance.formula}</div> : null}
                {p.convertedWith ? <div className="muted small">converted at a stated rate</div> : null}
              </td>
              <td title={p.provenance.citation}>{p.provenance.source}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
