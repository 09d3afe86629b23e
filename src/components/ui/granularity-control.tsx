import { GRANULARITY_LABELS, type Granularity } from '../../data/period.ts';
import { SegmentedControl } from './segmented-control.tsx';

export interface GranularityControlProps<G extends Granularity> {
  label: string;
  value: G;
  options: readonly G[];
  /** Granularities with figures under the current filters; the others are shown disabled. */
  available: readonly G[];
  onChange: (value: G) => void;
}

/** Annual / Half-year / Quarterly switch; periods without figures cannot be picked. */
export function GranularityControl<G extends Granularity>({ label, value, options, available, onChange }: GranularityControlProps<G>) {
  return (
    <SegmentedControl
      label={label}
      value={value}
      options={options.map((g) => ({ value: g, label: GRANULARITY_LABELS[g], disabled: !available.includes(g) && g !== value }))}
      onChange={onChange}
    />
  );
}
