import { useSyncExternalStore } from 'react';
import { publishedVersion } from '../data/published-versions.ts';
import { periodLabel } from '../data/period.ts';
import { useLoadedDatasetIndex } from '../hooks/use-dataset-index.ts';
import { useSession } from '../state/session-store.ts';
import { useViewStore } from '../state/view-store.ts';

function subscribe(onChange: () => void) {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
}

/**
 * A quiet line in a corner: offline, and which dataset version the page shows from what this
 * browser kept; or that a newer build is ready, with the reload left to the user (and never
 * offered in the middle of a presentation).
 */
export function ConnectionStatus() {
  const online = useSyncExternalStore(
    subscribe,
    () => navigator.onLine,
    () => true,
  );
  const update = useSession((s) => s.appUpdate);
  const presenting = useViewStore((s) => s.slide !== null);
  const version = useLoadedDatasetIndex()?.dataset.version;
  const published = version ? publishedVersion(version) : null;
  const showUpdate = update !== null && !presenting;
  return (
    <div className={online && !showUpdate ? 'connection connection--empty' : 'connection'} role="status">
      {online ? null : (
        <p>
          Offline: showing what this browser kept
          {published ? `, dataset version ${published.number} (${periodLabel(published.published)})` : ''}.
        </p>
      )}
      {showUpdate ? (
        <p>
          A newer version of the dashboard is ready.{' '}
          <button type="button" className="button button--small" onClick={update}>
            Reload to use it
          </button>
        </p>
      ) : null}
    </div>
  );
}
