import { formatNumber } from '../../domain/format.ts';

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
 * Shows a long list a page at a time, then folds it again. One button that changes its words,
 * never one that disappears, so it keeps keyboard focus when pressed.
 */
export function MoreButton({ total, limit, first, page, noun = '', onLimit }: MoreButtonProps) {
  if (total <= first) return null;
  const all = total <= limit;
  return (
    // Expanded once the whole list shows, as the page's other Show all buttons say.
    <button type="button" className="button" aria-expanded={all} onClick={() => onLimit(all ? first : limit + page)}>
      {all ? `Show fewer${noun}` : total - limit <= page ? `Show all ${formatNumber(total, 0)}${noun}` : `Show ${page} more${noun}`}
    </button>
  );
}
