import type { Truncation } from '../../domain/limits.ts';
import { formatNumber } from '../../domain/format.ts';

/** Says that only the latest periods fit on a chart, so nothing disappears unannounced. */
export function TruncationNote({ truncated }: { truncated?: Truncation | null }) {
  if (!truncated) return null;
  return (
    <p className="chart__gaps" role="note">
      Showing the latest {formatNumber(truncated.shown, 0)} of {formatNumber(truncated.total, 0)} periods. Narrow the years to see earlier ones.
    </p>
  );
}
