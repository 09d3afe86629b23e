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

/**
 * Under an empty chart whose figures exist at another period length: a button to each, so the
 * reason the chart gives ("the sources give quarterly ranks … instead") is one press away.
 */
export function OtherGranularities<G extends Granularity>({
  value,
  available,
  noun,
  onChange,
}: Pick<GranularityControlProps<G>, 'value' | 'available' | 'onChange'> & { noun: string }) {
  const others = available.filter((g) => g !== value);
  if (others.length === 0) return null;
  return (
    <p className="empty-state__actions">
      {others.map((g) => (
        <button
          key={g}
          type="button"
          className="button"
          onClick={(event) => {
            // The button goes with the empty state: the keyboard moves to the period length now
            // chosen or, on a slide, which has no such control, to the deck, whose arrows turn slides.
            const choice = event.currentTarget.closest('section')?.querySelector<HTMLInputElement>(`input[type="radio"][value="${g}"]`);
            (choice ?? event.currentTarget.closest<HTMLElement>('[role="dialog"]'))?.focus();
            onChange(g);
          }}
        >
          Show {GRANULARITY_LABELS[g].toLowerCase()} {noun}
        </button>
      ))}
    </p>
  );
}
