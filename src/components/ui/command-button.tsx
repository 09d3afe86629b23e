/** What a button needs from a command (see state/commands.ts). */
export interface ButtonCommand {
  label: string;
  shortcut?: string;
  run: () => void;
}

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
      aria-keyshortcuts={command.shortcut?.toUpperCase()}
      title={command.shortcut ? `${command.label} (${command.shortcut.toUpperCase()})` : command.label}
    >
      {command.label}
    </button>
  );
}
