/**
 * npm run publish-data -- [--summary "What changed, in a sentence"]
 * Publishes public/data/xiaomi.json as a new dataset version: validates it, copies it to
 * public/data/versions/<version>.json and records its SHA-256 in src/data/published-versions.json.
 * A version id is published once; changing a published version means a new id.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parseDatasetText } from '../src/data/loader/parse-json.ts';
import { PUBLISHED, publishProblems, versionFile } from '../src/data/published-versions.ts';
import { CURRENT, readPublishCheck, REGISTRY, versionFileOf } from './lib/published-files.ts';

const { values } = parseArgs({ options: { summary: { type: 'string' } } });
const bytes = readFileSync(CURRENT);
const dataset = parseDatasetText(bytes.toString('utf8'), CURRENT);
const file = versionFileOf(bytes);
const existing = PUBLISHED.versions.find((p) => p.id === dataset.version);
if (existing) {
  if (existing.sha256 === file.sha256) {
    console.log(`Version ${dataset.version} is already published; nothing to do.`);
    process.exit(0);
  }
  console.error(`Version ${dataset.version} is already published with other content. Give ${CURRENT} a new "version" and run this again.`);
  process.exit(1);
}
if (!values.summary) {
  console.error('Say what changed: npm run publish-data -- --summary "…"');
  process.exit(1);
}
copyFileSync(CURRENT, `public/${versionFile(dataset.version)}`);
const next = {
  latest: dataset.version,
  versions: [...PUBLISHED.versions, { id: dataset.version, published: new Date().toISOString().slice(0, 10), sha256: file.sha256, summary: values.summary }],
};
writeFileSync(REGISTRY, `${JSON.stringify(next, null, 2)}\n`);
const problems = publishProblems({ ...readPublishCheck(next), published: next });
if (problems.length) {
  for (const p of problems) console.error(`  ${p}`);
  process.exit(1);
}
console.log(`Published version ${dataset.version} (${next.versions.length} versions).`);
