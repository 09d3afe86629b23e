import { ToggleButton } from '../ui/toggle-button.tsx';
import { useShowsTable, useViewStore } from '../../state/view-store.ts';
import type { PanelKey } from '../../state/view-state.ts';

/** The view choices every panel offers: its table twin, and showing it alone (both travel in the link). */
export function PanelViewControls({ panel }: { panel: PanelKey }) {
  const showTable = useShowsTable(panel);
  const focused = useViewStore((s) => s.focus === panel);
  const toggleTable = useViewStore((s) => s.toggleTable);
  const setFocus = useViewStore((s) => s.setFocus);
  return (
    <>
      <ToggleButton label="Show table" pressed={showTable} onToggle={() => toggleTable(panel)} />
      <ToggleButton label="Focus" pressed={focused} onToggle={() => setFocus(focused ? null : panel)} />
    </>
  );
}
