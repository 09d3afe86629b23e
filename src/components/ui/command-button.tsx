/** What a button needs from a command (see state/commands.ts). */
export interface ButtonCommand {
  label: string;
  shortcut?: string;
  run: () => void;
}

/** A one-letter key as it is printed on the keyboard ("P"); a named key as it is ("Escape"). */
const keyLabel = (key: string) => (key.length === 1 ? key.toUpperCase() : key);

/**
 * A button for a command; `enabled` comes from the caller's store subscription so it re-renders
 * on change. Marked aria-disabled rather than disabled, so a button that disables itself when
 * pressed (Reset filters) keeps keyboard focus.
 */
export function CommandButton({ command, enabled = true, className = 'button' }: { command: ButtonCommand; enabled?: boolean; className?: string }) {
  return (
    <button
      type="button"
      className={className}
      onClick={() => enabled && command.run()}
      aria-disabled={!enabled}
      aria-keyshortcuts={command.shortcut && keyLabel(command.shortcut)}
      title={command.shortcut ? `${command.label} (${keyLabel(command.shortcut)})` : command.label}
    >
      {command.label}
    </button>
  );
}
