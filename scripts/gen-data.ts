/**
 * npm run gen-data -- --rows 100000 [--seed 42] [--out public/data/generated/large.json]
 * Writes a synthetic dataset (labelled as such) for the benchmark and scale tests.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { validateDataset } from '../src/data/validate-dataset.ts';
import { generateDataset } from './lib/generate-dataset.ts';

const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '100000' },
    seed: { type: 'string', default: '42' },
    out: { type: 'string', default: 'public/data/generated/large.json' },
  },
});
const rows = Number(values.rows);
if (!Number.isInteger(rows) || rows < 1 || rows > 2_000_000) {
  console.error(`--rows must be a whole number from 1 to 2,000,000 (got ${values.rows})`);
  process.exit(2);
}
const base = validateDataset(JSON.parse(readFileSync(resolve('public/data/xiaomi.json'), 'utf8')));
if (!base.ok) throw new Error('the bundled dataset is invalid; run npm run validate-data');
const dataset = generateDataset({ rows, seed: Number(values.seed), base: base.dataset });
const out = resolve(values.out);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify(dataset));
console.log(`wrote ${values.out}: ${dataset.observations.length} observations, ${(JSON.stringify(dataset).length / 1e6).toFixed(1)} MB`);
