import type { ReactNode } from 'react';

/**
 * The box a wide table scrolls in on a narrow screen. A keyboard user can only scroll what can
 * take focus, so the box is focusable and named after the table's caption (WCAG 2.1.1).
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-wrap" role="group" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
