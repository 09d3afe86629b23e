/** The goal trajectory chart's three lines, and its legend (shown while the chart itself loads). */
export const TRAJECTORY_LINES = [
  { key: 'reported', label: 'Reported so far', color: 'var(--c-green)', dash: undefined, width: 3 },
  { key: 'needed', label: 'Path to the target', color: 'var(--c-vermillion)', dash: '6 4', width: 2 },
  { key: 'pace', label: 'At the pace so far', color: 'var(--c-blue)', dash: '2 4', width: 2 },
] as const;

export function TrajectoryLegend() {
  return (
    <ul className="chart-legend" aria-label="Legend">
      {TRAJECTORY_LINES.map((l) => (
        <li key={l.key}>
          <span className="swatch swatch--line" style={{ ['--swatch' as string]: l.color, borderTopStyle: l.dash ? 'dashed' : 'solid' }} aria-hidden="true" />
          {l.label}
        </li>
      ))}
    </ul>
  );
}
