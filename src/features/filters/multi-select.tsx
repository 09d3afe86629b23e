import { useId } from 'react';

export interface MultiSelectProps {
  label: string;
  options: readonly { id: string; label: string }[];
  /** null = all (untouched), [] = none. */
  value: readonly string[] | null;
  onChange: (value: string[] | null) => void;
}

/** A disclosure with a checkbox per option, plus All and None; the summary always says what is chosen. */
export function MultiSelect({ label, options, value, onChange }: MultiSelectProps) {
  const id = useId();
  const chosen = value ?? options.map((o) => o.id);
  const summary =
    value === null
      ? 'All'
      : value.length === 0
        ? 'None'
        : value.length === 1
          ? (options.find((o) => o.id === value[0])?.label ?? value[0])
          : `${value.length} of ${options.length}`;
  const toggle = (optionId: string) => {
    const next = chosen.includes(optionId) ? chosen.filter((c) => c !== optionId) : [...chosen, optionId];
    // Keep the dataset's order so the same choice always makes the same link.
    const ordered = options.map((o) => o.id).filter((o) => next.includes(o));
    onChange(ordered.length === options.length ? null : ordered);
  };
  return (
    <details className="multi-select">
      <summary className="field__control" aria-describedby={`${id}-label`}>
        <span className="field__label" id={`${id}-label`}>
          {label}
        </span>
        <span className="multi-select__summary">{summary}</span>
      </summary>
      <fieldset className="multi-select__panel">
        <legend className="visually-hidden">{label}</legend>
        <div className="multi-select__actions">
          <button type="button" className="button button--small" onClick={() => onChange(null)} disabled={value === null}>
            All
          </button>
          <button type="button" className="button button--small" onClick={() => onChange([])} disabled={value !== null && value.length === 0}>
            None
          </button>
        </div>
        {options.map((o) => (
          <label key={o.id} className="check">
            <input type="checkbox" checked={chosen.includes(o.id)} onChange={() => toggle(o.id)} />
            {o.label}
          </label>
        ))}
      </fieldset>
    </details>
  );
}
