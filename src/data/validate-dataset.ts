/**
 * One entry point from untrusted JSON to a typed Dataset, shared by the app, the
 * validate-data script and the tests, so all three reject the same files for the same reasons.
 */
import * as v from 'valibot';
import { findIntegrityProblems, type DatasetProblem } from './dataset-integrity.ts';
import { DatasetSchema, type Dataset } from './schema.ts';

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

/** The schema's verdict on a file's shape: the typed dataset, or every issue with its path. */
export function parseDatasetShape(input: unknown): v.SafeParseResult<typeof DatasetSchema> {
  return v.safeParse(DatasetSchema, input);
}

export function validateDataset(input: unknown): ValidationResult {
  const parsed = parseDatasetShape(input);
  if (!parsed.success) return { ok: false, problems: describeIssues(parsed.issues) };
  const problems = findIntegrityProblems(parsed.output);
  return problems.length ? { ok: false, problems } : { ok: true, dataset: parsed.output };
}
