import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Dataset } from '../../src/data/schema.ts';
import { validateDataset } from '../../src/data/validate-dataset.ts';
import { indexDataset, type DatasetIndex } from '../../src/domain/dataset-index.ts';

/** Vitest runs from the project root (vite.config.ts). */
export const DATASET_PATH = resolve(process.cwd(), 'public/data/xiaomi.json');

/** The bundled dataset as raw JSON, a fresh copy per call so tests can break it freely. */
export function rawDataset(): Record<string, unknown> & { observations: Record<string, unknown>[] } {
  return JSON.parse(readFileSync(DATASET_PATH, 'utf8'));
}

export function bundledDataset(): Dataset {
  const result = validateDataset(rawDataset());
  if (!result.ok) throw new Error(`bundled dataset is invalid: ${JSON.stringify(result.problems.slice(0, 3))}`);
  return result.dataset;
}

let cached: DatasetIndex | null = null;
export function bundledIndex(): DatasetIndex {
  cached ??= indexDataset(bundledDataset());
  return cached;
}

/** The bundled dataset's version, which links made with it carry (`v=`). */
export const BUNDLED_VERSION = String(rawDataset().version);
