import { statesWords } from '../../domain/agreement.ts';
import type { PlotPoint } from '../../domain/plot.ts';

/** Figures on a panel that more than one source gives, and whether the sources agree. */
export function AgreementNotes({ points }: { points: readonly PlotPoint[] }) {
  const shared = points.filter((p) => p.agreement);
  if (shared.length === 0) return null;
  return (
    <ul className="agreement-notes" aria-label="Figures given by more than one source">
      {shared.map((p) => (
        <li key={p.observation.id} className={`agreement agreement--${p.agreement?.outcome}`}>
          <strong>{p.agreement?.outcome === 'agrees' ? 'Sources agree' : 'Sources differ'}:</strong> {p.provenance.what}, {p.provenance.period}:{' '}
          {p.provenance.source} {statesWords(p.observation, p.text)}. {p.agreement?.text}
        </li>
      ))}
    </ul>
  );
}
