import type { ChartRow } from '../../domain/plot.ts';

interface TickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value: string; index: number };
  rows: readonly ChartRow[];
  seriesIds: readonly string[];
}

/** Category label; periods without any figure are set in muted italics, so a gap reads as "no data", not as zero. */
export function CategoryTick({ x = 0, y = 0, payload, rows, seriesIds }: TickProps) {
  if (!payload) return null;
  const row = rows[payload.index];
  const empty = !row || seriesIds.every((s) => row.values[s] === null || row.values[s] === undefined);
  return (
    <g transform={`translate(${x},${y})`}>
      <text dy="0.9em" textAnchor="middle" className={empty ? 'tick tick--empty' : 'tick'}>
        {payload.value}
      </text>
    </g>
  );
}
