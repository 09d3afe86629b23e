/**
 * One entry point from untrusted JSON to a typed Dataset, shared by the app, the
 * validate-data script and the tests, so all three reject the same files for the same reasons.
 */
import * as v from 'valibot';
import { findIntegrityProblems, type DatasetProblem } from './dataset-integrity.ts';
import { DatasetSchema, plainlyValidObservation, type Dataset } from './schema.ts';

export type { DatasetProblem };

export type ValidationResult = { ok: true; dataset: Dataset } | { ok: false; problems: DatasetProblem[] };

/** Turns valibot's path items into "observations[3].value". */
function issuePath(issue: v.BaseIssue<unknown>): string {
  const parts = issue.path ?? [];
  let out = '';
  for (const item of parts) {
    const key = item.key;
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(root)';
}

function issueMessage(issue: v.BaseIssue<unknown>): string {
  // Object key issues read as what the author must do: remove a stray field, add a missing one.
  if (issue.kind === 'schema' && issue.type === 'strict_object') {
    if (issue.expected === 'never') return 'unexpected field (not part of the schema)';
    if (issue.received === 'undefined') return 'required field is missing';
  }
  return issue.message.replace(/^Invalid (type|key): /, '');
}

/** valibot's issues as problems a reader can act on: where in the file, and why. */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): DatasetProblem[] {
  return issues.map((issue) => ({ path: issuePath(issue), message: issueMessage(issue) }));
}

type ShapeResult = v.SafeParseResult<typeof DatasetSchema>;

/**
 * `v.safeParse(DatasetSchema, input)`, the same result, faster for a large file: observations
 * that plainly pass (plainlyValidObservation) are kept as they are, and only the rest go through
 * the schema, their problems placed at their index in the file.
 */
export function parseDatasetShape(input: unknown): ShapeResult {
  if (typeof input !== 'object' || input === null || !Array.isArray((input as { observations?: unknown }).observations))
    return v.safeParse(DatasetSchema, input);
  const all = (input as { observations: unknown[] }).observations;
  const doubtful: number[] = [];
  for (let i = 0; i < all.length; i++) if (!plainlyValidObservation(all[i])) doubtful.push(i);
  const parsed = v.safeParse(DatasetSchema, { ...input, observations: doubtful.map((i) => all[i]) });
  if (!parsed.success) {
    const issues = parsed.issues.map((issue) => {
      const [first, second, ...rest] = issue.path ?? [];
      if (first?.key !== 'observations' || typeof second?.key !== 'number') return issue;
      return { ...issue, path: [first, { ...second, key: doubtful[second.key]! }, ...rest] };
    }) as typeof parsed.issues;
    return { ...parsed, issues };
  }
  const observations = all.slice() as Dataset['observations'];
  doubtful.forEach((at, k) => (observations[at] = parsed.output.observations[k]!));
  return { ...parsed, output: { ...parsed.output, observations } };
}

export function validateDataset(input: unknown): ValidationResult {
  const parsed = parseDatasetShape(input);
  if (!parsed.success) return { ok: false, problems: describeIssues(parsed.issues) };
  const problems = findIntegrityProblems(parsed.output);
  return problems.length ? { ok: false, problems } : { ok: true, dataset: parsed.output };
}
