import type { Truncation } from '../../domain/limits.ts';

/** Says that only the latest periods fit on a chart, so nothing disappears unannounced. */
export function TruncationNote({ truncated }: { truncated?: Truncation | null }) {
  if (!truncated) return null;
  return (
    <p className="chart__gaps" role="note">
      Showing the latest {truncated.shown} of {truncated.total} periods. Narrow the years to see earlier ones.
    </p>
  );
}
