import { useMemo } from 'react';
import { useDatasetIndex } from '../../data/use-dataset.ts';
import { consistencyChecks, type CheckOutcome } from '../../domain/consistency.ts';

const OUTCOME_LABELS: Record<CheckOutcome, string> = { agrees: 'Agrees', differs: 'Differs', 'cannot-check': 'Cannot be checked' };

/** Every consistency check the data allows, with its outcome, including the ones the sources leave open. */
export function CrossChecksSection() {
  const index = useDatasetIndex();
  const checks = useMemo(() => consistencyChecks(index), [index]);
  const count = (o: CheckOutcome) => checks.filter((c) => c.outcome === o).length;
  return (
    <section className="section" aria-labelledby="cross-checks-heading">
      <div className="section__header">
        <h2 id="cross-checks-heading">Cross-checks</h2>
        <p className="muted">
          {checks.length} checks the figures allow: {count('agrees')} agree, {count('differs')} differ, {count('cannot-check')} cannot be checked because the
          sources lack a figure.
        </p>
      </div>
      <div className="table-wrap">
        <table className="data-table">
          <caption>Consistency checks between figures and sources</caption>
          <thead>
            <tr>
              <th scope="col">Check</th>
              <th scope="col">Outcome</th>
              <th scope="col">Why</th>
            </tr>
          </thead>
          <tbody>
            {checks.map((c) => (
              <tr key={c.id} data-outcome={c.outcome}>
                <th scope="row">{c.title}</th>
                <td>
                  <span className={`check-outcome check-outcome--${c.outcome}`}>{OUTCOME_LABELS[c.outcome]}</span>
                </td>
                <td>{c.detail}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
