import { CategoryBarChart } from '../../components/charts/category-bar-chart.tsx';
import { axisTick } from '../../domain/format.ts';
import type { ShareSnapshot } from '../../domain/regions.ts';
import { SHARE_DETAILS, SHARE_SERIES, shareColor, shareLabel } from './regions-series.ts';

/** A market-share snapshot as bars: Xiaomi in its own colour, each maker's share and rank beside its bar. */
export function ShareChart({
  snapshot,
  height,
  large,
  describedBy,
}: {
  snapshot: ShareSnapshot;
  height?: number | string;
  large?: boolean;
  describedBy?: string;
}) {
  return (
    <CategoryBarChart
      rows={snapshot.rows}
      series={SHARE_SERIES}
      details={SHARE_DETAILS}
      colorOf={shareColor}
      valueTick={axisTick('percent')}
      labelOf={shareLabel}
      valueAxis={false}
      height={height}
      large={large}
      describedBy={describedBy}
      label={`Market share, ${snapshot.title}`}
    />
  );
}
