import { useLayoutEffect, type ReactNode } from 'react';
import { useActiveDataset } from '../data/active-dataset.ts';
import { useDatasetIndex } from '../data/use-dataset.ts';
import { useLinkState } from '../state/link-store.ts';
import { startUrlSync } from '../state/url-sync.ts';

/**
 * Reads the view from the link once the dataset (which defines valid regions and years) is
 * loaded, before the panels first paint, then keeps the link in step with the view.
 */
export function UrlSyncGate({ children }: { children: ReactNode }) {
  const index = useDatasetIndex();
  const synced = useLinkState((s) => s.syncedFor === index);
  const uploaded = useActiveDataset((s) => s.source === 'upload');
  useLayoutEffect(() => startUrlSync(index, { reportVersion: !uploaded }), [index, uploaded]);
  return synced ? <>{children}</> : null;
}
