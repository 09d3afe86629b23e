import { useContext } from 'react';
import { PageActions } from '../charts/page-actions.ts';
import { ToggleButton } from '../ui/toggle-button.tsx';
import { DownloadMenu, type PanelExport } from './download-menu.tsx';
import { useShowsTable, useViewStore } from '../../state/view-store.ts';
import type { PanelKey } from '../../state/view-state.ts';

/** The id of a panel's Focus button, which the page returns to when it leaves that panel's Focus. */
export const focusButtonId = (panel: PanelKey) => `${panel}-focus`;

/** What every panel offers: its table twin, showing it alone (both travel in the link), and downloads. */
export function PanelViewControls({ panel, getExport }: { panel: PanelKey; getExport: () => PanelExport }) {
  const showTable = useShowsTable(panel);
  const focused = useViewStore((s) => s.focus === panel);
  const toggleTable = useViewStore((s) => s.toggleTable);
  const setFocus = useViewStore((s) => s.setFocus);
  // Embedded in another page (PageActions off), a panel keeps its table twin; the rest belongs to the full view.
  const embedded = !useContext(PageActions);
  const table = <ToggleButton label="Show table" pressed={showTable} onToggle={() => toggleTable(panel)} />;
  if (embedded) return table;
  return (
    <>
      {table}
      <ToggleButton id={focusButtonId(panel)} label="Focus" pressed={focused} onToggle={() => setFocus(focused ? null : panel)} />
      <DownloadMenu panel={panel} getExport={getExport} />
    </>
  );
}
