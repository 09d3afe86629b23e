import type { DatasetProblem } from '../../data/dataset-integrity.ts';

const MAX_PROBLEMS_SHOWN = 20;

/** What was wrong with a dataset, each problem at its path; a long list ends with how many more. */
export function ProblemList({ problems }: { problems: readonly DatasetProblem[] }) {
  return (
    <ul className="problems">
      {problems.slice(0, MAX_PROBLEMS_SHOWN).map((p, i) => (
        <li key={`${i}:${p.path}`}>
          <code>{p.path}</code>: {p.message}
        </li>
      ))}
      {problems.length > MAX_PROBLEMS_SHOWN ? <li>…and {problems.length - MAX_PROBLEMS_SHOWN} more</li> : null}
    </ul>
  );
}
