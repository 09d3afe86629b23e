/**
 * Hostile dataset files: nothing throws except a DatasetError that names the file and the
 * problem; a served file keeps every valid record and lists the ones it left out; a file a user
 * opens is refused whole with the same reasons, so the figures on screen stay.
 */
import { describe, expect, it } from 'vitest';
import { DatasetError } from '../../src/data/dataset-error.ts';
import { importFile } from '../../src/data/loader/import-file.ts';
import { parseServedDataset } from '../../src/data/loader/parse-json.ts';
import { generateDataset } from '../../scripts/lib/generate-dataset.ts';
import { bundledDataset } from '../helpers/dataset.ts';
import { HOSTILE_DATASETS } from '../helpers/hostile-datasets.ts';

const FILE = 'data/xiaomi.json';

function served(text: string) {
  try {
    return { loaded: parseServedDataset(text, FILE) };
  } catch (error) {
    if (error instanceof DatasetError) return { error };
    throw error;
  }
}

describe('hostile dataset files', () => {
  it.each(HOSTILE_DATASETS)('$what: the served file gets a clear outcome', ({ text, fatal, leftOut }) => {
    const result = served(text());
    if (fatal) {
      expect(result.error?.message).toMatch(new RegExp(`^${FILE.replace(/[./]/g, '\\$&')} `));
      expect(result.error?.message).toMatch(fatal);
    } else {
      expect(result.error).toBeUndefined();
      const problems = result.loaded!.leftOut;
      expect(problems).toHaveLength(leftOut!.length);
      leftOut!.forEach((want, i) => {
        expect(problems[i]!.path).toBe(want.path);
        expect(problems[i]!.message).toMatch(want.message);
      });
      // Everything else is kept.
      expect(result.loaded!.dataset.observations.length).toBeGreaterThan(bundledDataset().observations.length - 3);
    }
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it.each(HOSTILE_DATASETS)('$what: opened by the user, it is refused whole with the reason', ({ text, fatal, leftOut }) => {
    const result = importFile(text(), 'mine.json', bundledDataset());
    expect(result.ok).toBe(false);
    if (result.ok) return;
    if (fatal) expect(result.message).toMatch(fatal);
    // The record at fault is named; what depends on it is only left out of a served file.
    const first = leftOut?.[0];
    if (first) expect(result.problems.some((p) => p.path === first.path && first.message.test(p.message))).toBe(true);
  });

  it('reads 100,000 rows, and leaves out only the one bad row among them', () => {
    const big = generateDataset({ rows: 100_000, base: bundledDataset() });
    expect(served(JSON.stringify(big)).loaded?.dataset.observations).toHaveLength(100_000);
    (big.observations[99_999] as unknown as Record<string, unknown>).period = '2023-Q7';
    const result = served(JSON.stringify(big)).loaded!;
    expect(result.dataset.observations).toHaveLength(99_999);
    expect(result.leftOut).toEqual([{ path: 'observations[99999].period', message: expect.stringMatching(/must be a period/) }]);
  });
});
