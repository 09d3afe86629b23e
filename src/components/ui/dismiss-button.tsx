export interface DismissButtonProps {
  onDismiss: () => void;
  /** Where keyboard focus goes as the notice leaves with this button, else it would drop to the page's body. */
  focusNext: (button: HTMLButtonElement) => HTMLElement | null;
}

/** A notice's Dismiss button: the notice goes, and the keyboard stays in the page, at `focusNext`. */
export function DismissButton({ onDismiss, focusNext }: DismissButtonProps) {
  return (
    <button
      type="button"
      className="button button--small"
      onClick={(event) => {
        focusNext(event.currentTarget)?.focus();
        onDismiss();
      }}
    >
      Dismiss
    </button>
  );
}

/** The slide deck a notice is in, or the page's main content (the skip link's target). */
export const deckOrMain = (button: HTMLElement) => button.closest<HTMLElement>('[role="dialog"]') ?? document.getElementById('main');
