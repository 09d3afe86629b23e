import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../scripts/lib/generate-dataset.ts';
import { validateDataset } from '../../src/data/validate-dataset.ts';
import { bundledDataset } from '../helpers/dataset.ts';

describe('generated benchmark dataset', () => {
  const base = bundledDataset();

  it('has exactly the requested number of figures and passes the same validation as the bundled data', () => {
    const generated = generateDataset({ rows: 5_000, base });
    expect(generated.observations).toHaveLength(5_000);
    const result = validateDataset(JSON.parse(JSON.stringify(generated)));
    expect(result.ok ? [] : result.problems.slice(0, 3)).toEqual([]);
  });

  it('has a realistic shape: many makers, markets, metrics and every granularity', () => {
    const { observations } = generateDataset({ rows: 5_000, base });
    expect(new Set(observations.map((o) => o.entity)).size).toBeGreaterThan(100);
    expect(new Set(observations.map((o) => o.region)).size).toBeGreaterThan(30);
    expect(new Set(observations.map((o) => o.metric)).size).toBeGreaterThan(20);
    const shapes = new Set(observations.map((o) => o.period.replace(/\d/g, '#')));
    expect(shapes).toEqual(new Set(['####', '####-H#', '####-Q#', '####-##']));
  });

  it('says it is synthetic and is the same for the same seed', () => {
    const a = generateDataset({ rows: 300, base, seed: 7 });
    expect(a.title).toMatch(/not real/);
    expect(a.sources.map((s) => s.publisher)).toEqual(['Synthetic benchmark data']);
    expect(generateDataset({ rows: 300, base, seed: 7 })).toEqual(a);
    expect(generateDataset({ rows: 300, base, seed: 8 }).observations).not.toEqual(a.observations);
  });
});
