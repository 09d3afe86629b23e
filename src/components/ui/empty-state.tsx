import type { ReactNode } from 'react';

/** Said in place of a chart when the filters leave it nothing to draw, instead of an empty axis. */
export function EmptyState({ children }: { children: ReactNode }) {
  return (
    <div className="empty-state" role="note">
      {children}
    </div>
  );
}
