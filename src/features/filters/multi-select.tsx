import { PopoverMenu } from '../../components/ui/popover-menu.tsx';

export interface MultiSelectProps {
  label: string;
  options: readonly { id: string; label: string }[];
  /** null = all (untouched), [] = none. */
  value: readonly string[] | null;
  onChange: (value: string[] | null) => void;
}

/** A button that says what is chosen, opening a checkbox per option plus All and None. */
export function MultiSelect({ label, options, value, onChange }: MultiSelectProps) {
  const chosen = value ?? options.map((o) => o.id);
  const none = value !== null && value.length === 0;
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
    <div className="field field--inline multi-select">
      <PopoverMenu
        label={label}
        buttonClassName="field__control multi-select__button"
        button={
          <>
            <span className="field__label">{label}</span>{' '}
            <span className="multi-select__summary" title={summary}>
              {summary}
            </span>
          </>
        }
      >
        {() => (
          <div className="multi-select__panel">
            <div className="multi-select__actions">
              {/* aria-disabled, not disabled: the button just pressed keeps keyboard focus. */}
              <button type="button" className="button button--small" onClick={() => value !== null && onChange(null)} aria-disabled={value === null}>
                All
              </button>
              <button type="button" className="button button--small" onClick={() => !none && onChange([])} aria-disabled={none}>
                None
              </button>
            </div>
            {options.map((o) => (
              <label key={o.id} className="check">
                <input type="checkbox" checked={chosen.includes(o.id)} onChange={() => toggle(o.id)} />
                {o.label}
              </label>
            ))}
          </div>
        )}
      </PopoverMenu>
    </div>
  );
}
