/** The goal trajectory chart's three lines, and its legend (shown while the chart itself loads). */
export const TRAJECTORY_LINES = [
  // `look`: the legend draws each line as the chart does, solid, dashed or dotted; never by colour alone.
  { key: 'reported', label: 'Reported so far', color: 'var(--c-green)', dash: undefined, width: 3, look: 'solid' },
  { key: 'needed', label: 'Path to the target', color: 'var(--c-vermillion)', dash: '6 4', width: 2, look: 'dashed' },
  { key: 'pace', label: 'At the pace so far', color: 'var(--c-blue)', dash: '2 4', width: 2, look: 'dotted' },
] as const;

export function TrajectoryLegend() {
  return (
    <ul className="chart-legend" aria-label="Legend">
      {TRAJECTORY_LINES.map((l) => (
        <li key={l.key}>
          <span className="swatch swatch--line" style={{ ['--swatch' as string]: l.color, borderTopStyle: l.look }} aria-hidden="true" />
          {l.label}
        </li>
      ))}
    </ul>
  );
}
