import { useMemo, useState } from 'react';
import { TableScroll } from '../../components/charts/data-table.tsx';
import { MoreButton } from '../../components/ui/more-button.tsx';
import { usePrinting } from '../../components/ui/use-printing.ts';
import { useDatasetIndex } from '../../hooks/use-dataset-index.ts';
import { consistencyChecks, type CheckOutcome } from '../../domain/consistency.ts';
import { hasActiveFilters, useViewStore } from '../../state/view-store.ts';

/** Checks shown at first (contradictions first), and added by each "Show more". */
const FIRST = 8;
const PAGE = 100;
const CHECKS_CAPTION = 'Consistency checks between figures and sources';
const ORDER: Record<CheckOutcome, number> = { differs: 0, agrees: 1, 'cannot-check': 2 };

const OUTCOME_LABELS: Record<CheckOutcome, string> = { agrees: 'Agrees', differs: 'Differs', 'cannot-check': 'Cannot be checked' };

/** Every consistency check the data allows, with its outcome, including the ones the sources leave open. */
export function CrossChecksSection() {
  const index = useDatasetIndex();
  const checks = useMemo(() => consistencyChecks(index), [index]);
  const count = (o: CheckOutcome) => checks.filter((c) => c.outcome === o).length;
  const [limit, setLimit] = useState(FIRST);
  const printing = usePrinting();
  const filtered = useViewStore(hasActiveFilters);
  // Contradictions first: they are what a reader needs to see.
  const ordered = useMemo(() => [...checks].sort((a, b) => ORDER[a.outcome] - ORDER[b.outcome]), [checks]);
  return (
    <section className="section" aria-labelledby="cross-checks-heading">
      <div className="section__header">
        <h2 id="cross-checks-heading">Cross-checks</h2>
        <p className="muted">
          {checks.length} checks the figures allow: {count('agrees')} agree, {count('differs')} differ, {count('cannot-check')} cannot be checked because the
          sources lack a figure.{filtered ? ' They cover the whole dataset: the filters do not narrow them.' : ''}
        </p>
      </div>
      <TableScroll label={CHECKS_CAPTION}>
        <table className="data-table">
          <caption>{CHECKS_CAPTION}</caption>
          <thead>
            <tr>
              <th scope="col">Check</th>
              <th scope="col">Outcome</th>
              <th scope="col">Why</th>
            </tr>
          </thead>
          <tbody>
            {(printing ? ordered : ordered.slice(0, limit)).map((c) => (
              <tr key={c.id} data-outcome={c.outcome}>
                <th scope="row">{c.title}</th>
                <td data-label="Outcome">
                  <span className={`check-outcome check-outcome--${c.outcome}`}>{OUTCOME_LABELS[c.outcome]}</span>
                </td>
                <td data-label="Why">{c.detail}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <MoreButton total={ordered.length} limit={limit} first={FIRST} page={PAGE} noun=" checks" onLimit={setLimit} />
    </section>
  );
}
