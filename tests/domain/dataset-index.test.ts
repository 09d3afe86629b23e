import { describe, expect, it } from 'vitest';
import { observationsInTimeOrder } from '../../src/domain/dataset-index.ts';
import { makeIndex, obs } from '../helpers/build-dataset.ts';

describe('observationsInTimeOrder', () => {
  it('puts the earliest first, a year before its quarters, and keeps file order within a period', () => {
    const rows = [
      obs({ metric: 'units', period: '2020-Q2', value: 1 }),
      obs({ metric: 'units', period: '2019', value: 2 }),
      obs({ metric: 'units', period: '2020', value: 3 }),
      obs({ metric: 'sold', period: '2020-Q2', value: 4 }),
      obs({ metric: 'units', period: '2020-H1', value: 5 }),
      obs({ metric: 'units', period: '2020-Q1', value: 6 }),
      obs({ metric: 'sold', period: '2019', value: 7 }),
    ];
    const order = observationsInTimeOrder(makeIndex(rows)).map((o) => `${o.period} ${o.value}`);
    expect(order).toEqual(['2019 2', '2019 7', '2020 3', '2020-H1 5', '2020-Q1 6', '2020-Q2 1', '2020-Q2 4']);
  });
});
