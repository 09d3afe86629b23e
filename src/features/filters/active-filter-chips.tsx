import { useViewStore } from '../../state/view-store.ts';
import type { ActiveFilter } from '../../state/active-filters.ts';

/** The active filters as chips; each can be removed on its own. */
export function ActiveFilterChips({ filters }: { filters: readonly ActiveFilter[] }) {
  const patch = useViewStore((s) => s.patch);
  if (filters.length === 0) return <p className="chips chips--empty muted small">No filters: showing every figure.</p>;
  return (
    <ul className="chips" aria-label="Active filters">
      {filters.map((f) => (
        <li key={f.id} className="chip">
          <span>{f.label}</span>
          <button type="button" className="chip__remove" aria-label={`Remove filter: ${f.label}`} onClick={() => patch(f.clear)}>
            ×
          </button>
        </li>
      ))}
    </ul>
  );
}
