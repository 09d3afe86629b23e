import { CiteButton } from '../features/cite/cite-button.tsx';
import { useSyncExternalStore } from 'react';
import { CommandButton } from '../components/ui/command-button.tsx';
import { useLoadedDatasetIndex } from '../hooks/use-dataset-index.ts';
import { coverageLine } from '../domain/sources.ts';
import { useSession } from '../state/session-store.ts';
import { LoadDatasetButton } from '../features/data-upload/load-dataset-button.tsx';
import { SourcesButton } from '../features/sources/sources-dialog.tsx';
import { PopoverMenu } from '../components/ui/popover-menu.tsx';
import { SegmentedControl } from '../components/ui/segmented-control.tsx';
import { presentCommand } from '../state/commands.ts';
import { useViewStore } from '../state/view-store.ts';
import { THEMES, type Theme } from '../state/view-state.ts';

function subscribeToLocation(onChange: () => void) {
  // pushState/replaceState fire no event; the view store changes with them, so poll cheaply on those.
  window.addEventListener('popstate', onChange);
  const unsubscribe = useViewStore.subscribe(() => queueMicrotask(onChange));
  return () => {
    window.removeEventListener('popstate', onChange);
    unsubscribe();
  };
}

/** What the dataset on screen covers, read from it (a file a user loads covers other years and sources). */
function Coverage() {
  const index = useLoadedDatasetIndex();
  const loaded = useSession((s) => s.dataset.source === 'upload');
  const line = index && coverageLine(index, loaded);
  return line ? `, ${line}` : ' from published articles';
}

const THEME_LABELS: Record<Theme, string> = { system: 'System', light: 'Light', dark: 'Dark' };

export function AppHeader() {
  const theme = useViewStore((s) => s.theme);
  const setTheme = useViewStore((s) => s.setTheme);
  // Printed under the header so a paper copy leads back to the same view.
  const url = useSyncExternalStore(subscribeToLocation, () => window.location.href);
  return (
    <header className="app-header" data-url={url}>
      <div className="app-header__brand">
        <h1>Xiaomi in figures</h1>
        <p className="app-header__tagline">
          Shipments, revenue, markets and announced goals
          <Coverage />. <span className="app-header__more">Every figure names its source.</span>
        </p>
      </div>
      <div className="app-header__actions">
        <LoadDatasetButton />
        <SourcesButton />
        <CiteButton />
        <PopoverMenu label="Theme" button={`Theme${theme === 'system' ? '' : `: ${THEME_LABELS[theme]}`}`}>
          {() => <SegmentedControl label="Theme" value={theme} options={THEMES.map((t) => ({ value: t, label: THEME_LABELS[t] }))} onChange={setTheme} />}
        </PopoverMenu>
        <CommandButton command={presentCommand} className="button button--primary" />
      </div>
    </header>
  );
}
