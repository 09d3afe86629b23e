import { useLayoutEffect, type ReactNode } from 'react';
import { useDatasetIndex } from '../hooks/use-dataset-index.ts';
import { useSession } from '../state/session-store.ts';
import { startUrlSync } from '../state/url-sync.ts';

/**
 * Reads the view from the link once the dataset (which defines valid regions and years) is
 * loaded, before the panels first paint, then keeps the link in step with the view.
 */
export function UrlSyncGate({ children }: { children: ReactNode }) {
  const index = useDatasetIndex();
  const synced = useSession((s) => s.syncedFor === index);
  const uploaded = useSession((s) => s.dataset.source === 'upload');
  useLayoutEffect(() => startUrlSync(index, { reportVersion: !uploaded }), [index, uploaded]);
  return synced ? <>{children}</> : null;
}
