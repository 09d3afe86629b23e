import { useEffect } from 'react';
import { COMMANDS } from '../state/commands.ts';

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName);
}

/** An open dialog or list takes the keys first: Escape closes it, and nothing behind it acts. */
function layerOpen(): boolean {
  return document.querySelector('dialog[open], [popover]:popover-open') !== null;
}

/**
 * Runs a command when its key is pressed, unless the user is typing in a field, holding a
 * modifier, or working in a dialog or open list.
 */
export function useCommandShortcuts() {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target) || layerOpen()) return;
      const command = COMMANDS.find((c) => c.shortcut && c.shortcut.toLowerCase() === event.key.toLowerCase());
      if (!command || !command.isEnabled()) return;
      event.preventDefault();
      command.run();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
