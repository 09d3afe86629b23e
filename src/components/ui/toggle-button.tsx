export interface ToggleButtonProps {
  label: string;
  pressed: boolean;
  onToggle: () => void;
  id?: string;
}

/** A button that stays named the same and reports its state through aria-pressed. */
export function ToggleButton({ label, pressed, onToggle, id }: ToggleButtonProps) {
  return (
    <button type="button" id={id} className="button button--toggle" aria-pressed={pressed} onClick={onToggle}>
      {label}
    </button>
  );
}
