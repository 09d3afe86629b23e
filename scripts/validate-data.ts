/**
 * npm run validate-data [-- path/to/file.json]
 * Checks a dataset against the schema and its cross-checks (ids, references, units, derived
 * values recomputed from their inputs), with the same code the app runs on load.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DatasetError } from '../src/data/dataset-error.ts';
import { parseDatasetText } from '../src/data/loader/parse-json.ts';

const file = process.argv[2] ?? 'public/data/xiaomi.json';

try {
  const dataset = parseDatasetText(readFileSync(resolve(file), 'utf8'), file);
  const derived = dataset.observations.filter((o) => o.kind === 'derived').length;
  const targets = dataset.observations.filter((o) => o.kind === 'target').length;
  console.log(`${file}: valid (dataset version ${dataset.version})`);
  console.log(
    `  ${dataset.sources.length} sources, ${dataset.metrics.length} metrics, ${dataset.observations.length} observations ` +
      `(${dataset.observations.length - derived - targets} reported, ${derived} derived and recomputed, ${targets} targets), ` +
      `${dataset.goals.length} goals, ${dataset.events.length} events`,
  );
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
