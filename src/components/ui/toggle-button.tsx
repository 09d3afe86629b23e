export interface ToggleButtonProps {
  label: string;
  pressed: boolean;
  onToggle: () => void;
}

/** A button that stays named the same and reports its state through aria-pressed. */
export function ToggleButton({ label, pressed, onToggle }: ToggleButtonProps) {
  return (
    <button type="button" className="button button--toggle" aria-pressed={pressed} onClick={onToggle}>
      {label}
    </button>
  );
}
