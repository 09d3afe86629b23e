/**
 * npm run validate-data [-- path/to/file.json]
 * Checks a dataset against the schema and its cross-checks (ids, references, units, derived
 * values recomputed from their inputs), with the same code the app runs on load. Without a
 * path it also checks the published versions: none changed in place, xiaomi.json is the latest.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DatasetError } from '../src/data/dataset-error.ts';
import { parseDatasetText } from '../src/data/loader/parse-json.ts';
import { PUBLISHED, publishProblems, versionFile } from '../src/data/published-versions.ts';
import { readPublishCheck } from './lib/published-files.ts';
import { PREVIEWS, stalePreviews } from './lib/previews.ts';

const file = process.argv[2] ?? 'public/data/xiaomi.json';
const checkPublished = process.argv[2] === undefined;

try {
  const dataset = parseDatasetText(readFileSync(resolve(file), 'utf8'), file);
  const count = (kind: string) => dataset.observations.filter((o) => o.kind === kind).length;
  console.log(`${file}: valid (dataset version ${dataset.version})`);
  console.log(
    `  ${dataset.sources.length} sources, ${dataset.metrics.length} metrics, ${dataset.observations.length} observations ` +
      `(${count('reported')} reported, ${count('derived')} derived and recomputed, ${count('target')} targets, ${count('planned')} planned), ` +
      `${dataset.goals.length} goals, ${dataset.events.length} events`,
  );
  if (checkPublished) {
    // Each published version must still validate: a link pinned to it opens that file.
    for (const p of PUBLISHED.versions) parseDatasetText(readFileSync(resolve('public', versionFile(p.id)), 'utf8'), versionFile(p.id));
    const check = readPublishCheck(PUBLISHED);
    const problems = publishProblems(check);
    if (problems.length) {
      console.error('Published versions:');
      for (const p of problems) console.error(`  ${p}`);
      process.exit(1);
    }
    console.log(`  ${PUBLISHED.versions.length} published versions unchanged, latest ${PUBLISHED.latest}${check.note ? ` (${check.note})` : ''}`);
    // The link-preview images show the figures: drawn from another dataset, they would mislead.
    const stale = stalePreviews(readFileSync(resolve(file)));
    if (stale) {
      console.error(`Link previews: ${stale}`);
      process.exit(1);
    }
    console.log(`  ${PREVIEWS.length} link-preview images drawn from this dataset`);
  }
} catch (error) {
  if (error instanceof DatasetError) {
    console.error(`${error.message}`);
    for (const p of error.problems.slice(0, 100)) console.error(`  ${p.path}: ${p.message}`);
    if (error.problems.length > 100) console.error(`  …and ${error.problems.length - 100} more`);
  } else {
    console.error(`${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  process.exit(1);
}
