import { flushSync } from 'react-dom';

/**
 * Grows or folds a list when its button is pressed, then puts focus where the reader goes on.
 * Grown, focus moves to the first item the list gained (`firstNew`, among the `items` of the
 * button's section): left on the button, it would stand below every row just opened. Folded, the
 * button keeps focus and is kept in view, as the rows above it are gone.
 */
export function showMore(button: HTMLElement, update: () => void, firstNew: number | null, items = 'li') {
  flushSync(update);
  const gained = firstNew === null ? undefined : button.closest('section, .facts')?.querySelectorAll<HTMLElement>(items)[firstNew];
  if (!gained) return button.scrollIntoView({ block: 'nearest' });
  gained.setAttribute('tabindex', '-1');
  gained.focus();
}
