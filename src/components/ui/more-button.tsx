import { formatNumber } from '../../domain/format.ts';
import { showMore } from './show-more.ts';

export interface MoreButtonProps {
  /** Items in the list, and how many are shown now. */
  total: number;
  limit: number;
  /** Shown at first, and added by each press. */
  first: number;
  page: number;
  /** Said after the count: " checks" gives "Show all 15 checks". */
  noun?: string;
  onLimit: (limit: number) => void;
}

/**
 * Shows a long table a page at a time, then folds it again. One button that changes its words,
 * never one that disappears: reading goes on from the first row gained, and the button, reached
 * again with Tab, keeps focus when it folds the table.
 */
export function MoreButton({ total, limit, first, page, noun = '', onLimit }: MoreButtonProps) {
  if (total <= first) return null;
  const all = total <= limit;
  return (
    // Expanded once the whole list shows, as the page's other Show all buttons say.
    <button
      type="button"
      className="button"
      aria-expanded={all}
      onClick={(e) => showMore(e.currentTarget, () => onLimit(all ? first : limit + page), all ? null : limit, 'tbody tr')}
    >
      {all ? `Show fewer${noun}` : total - limit <= page ? `Show all ${formatNumber(total, 0)}${noun}` : `Show ${page} more${noun}`}
    </button>
  );
}
