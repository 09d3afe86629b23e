import { useEffect } from 'react';
import { COMMANDS } from '../state/commands.ts';

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName);
}

/** Runs a command when its key is pressed, unless the user is typing in a field or holding a modifier. */
export function useCommandShortcuts() {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
      const command = COMMANDS.find((c) => c.shortcut && c.shortcut.toLowerCase() === event.key.toLowerCase());
      if (!command || !command.isEnabled()) return;
      event.preventDefault();
      command.run();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
