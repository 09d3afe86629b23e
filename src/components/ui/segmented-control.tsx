import { useId } from 'react';

export interface SegmentedOption<T extends string> {
  value: T;
  label: string;
  disabled?: boolean;
  /** Said to assistive technology with the option, and shown on hover. */
  description?: string;
}

export interface SegmentedControlProps<T extends string> {
  label: string;
  value: T;
  options: readonly SegmentedOption<T>[];
  onChange: (value: T) => void;
}

/** A small radio group (e.g. Annual / Half-year / Quarterly); arrow keys move between options natively. */
export function SegmentedControl<T extends string>({ label, value, options, onChange }: SegmentedControlProps<T>) {
  const name = useId();
  return (
    <fieldset className="segmented">
      <legend className="visually-hidden">{label}</legend>
      {options.map((o) => (
        <label key={o.value} className={`segmented__option${o.disabled ? ' is-disabled' : ''}`} title={o.description}>
          <input
            type="radio"
            name={name}
            value={o.value}
            checked={o.value === value}
            disabled={o.disabled}
            onChange={() => onChange(o.value)}
            aria-describedby={o.description ? `${name}-${o.value}` : undefined}
          />
          <span>{o.label}</span>
          {o.description ? (
            <span id={`${name}-${o.value}`} hidden>
              {o.description}
            </span>
          ) : null}
        </label>
      ))}
    </fieldset>
  );
}
